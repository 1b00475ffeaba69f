// Counting units by system, invest/lease mode and vendor ("52 địa phương triển khai IOC: 19 tự
// đầu tư, 23 thuê"; "VNPT: 26/34 tỉnh"). A unit counts once per system, with one mode:
// the mode its rows for that system agree on; rows that say nothing ("unknown") do not outvote
// rows that do; rows that disagree (one invests, one leases) make the unit "mixed".
import { Decimal, ZERO } from '../decimal';
import { SYSTEM_CODES, SystemCode } from '../systems';
import type { Mode, MoneyUnit } from '../types';
import { convertAmount } from './parts';
import type { SystemCount, UnitRow, UnitSystem } from './types';

export const MODES: readonly Mode[] = ['invest', 'lease', 'mixed', 'provided', 'free', 'pilot', 'unknown'];

function unitMode(modes: ReadonlySet<Mode>): Mode {
  const known = [...modes].filter((m) => m !== 'unknown');
  if (known.length === 0) return 'unknown';
  return known.length === 1 ? known[0] : 'mixed';
}

/** Every unit × system its survey rows name, units in the order given; money in `to`. */
export function unitSystemsOf(rows: ReadonlyMap<string, readonly UnitRow[]>, to: MoneyUnit): UnitSystem[] {
  const out: UnitSystem[] = [];
  for (const [unit, list] of rows) {
    const bySystem = new Map<SystemCode, { modes: Set<Mode>; vendors: string[]; money: Decimal }>();
    for (const r of list) {
      if (r.system === null) continue;
      let s = bySystem.get(r.system);
      if (!s) {
        s = { modes: new Set(), vendors: [], money: ZERO };
        bySystem.set(r.system, s);
      }
      s.modes.add(r.mode ?? 'unknown');
      if (r.vendor && !s.vendors.includes(r.vendor)) s.vendors.push(r.vendor);
      if (r.total !== null && r.kind === 'item') s.money = s.money.plus(convertAmount(r.total, r.moneyUnit, to));
    }
    for (const system of SYSTEM_CODES) {
      const s = bySystem.get(system);
      if (s) out.push({ unit, system, mode: unitMode(s.modes), vendors: s.vendors, money: s.money });
    }
  }
  return out;
}

export function countSystems(entries: readonly UnitSystem[]): Record<SystemCode, SystemCount> {
  const out = {} as Record<SystemCode, SystemCount>;
  for (const system of SYSTEM_CODES) {
    out[system] = {
      units: 0,
      byMode: Object.fromEntries(MODES.map((m) => [m, 0])) as Record<Mode, number>,
      byVendor: new Map(),
      moneyByMode: Object.fromEntries(MODES.map((m) => [m, ZERO])) as Record<Mode, Decimal>,
    };
  }
  for (const e of entries) {
    const c = out[e.system];
    c.units++;
    c.byMode[e.mode]++;
    c.moneyByMode[e.mode] = c.moneyByMode[e.mode].plus(e.money);
    for (const v of e.vendors) c.byVendor.set(v, (c.byVendor.get(v) ?? 0) + 1);
  }
  for (const system of SYSTEM_CODES) {
    const c = out[system];
    // Most units first, as a summary reads them ("VNPT: 26/34").
    c.byVendor = new Map([...c.byVendor.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'vi')));
  }
  return out;
}
