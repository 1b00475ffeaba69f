// Document settings as the pane edits them (text fields) and as the core reads them. The
// stored form keeps the security share as a string so no float sneaks into a threshold.
import { Decimal } from '../core/decimal';
import { defaultSettings } from '../core/settings';
import type { CheckSettings } from '../core/model';
import type { Lang, MoneyUnit } from '../core/types';
import type { StoredSettings } from '../excel/host';
import { parseTypedNumber } from './format';

export const UNITS: readonly MoneyUnit[] = ['triệu đồng', 'tỷ đồng', 'nghìn đồng', 'đồng'];

export function defaultStoredSettings(): StoredSettings {
  const d = defaultSettings();
  return { lang: d.lang, period: d.period, unit: d.unit, securityShare: d.securityShare.toFixed(), ruleSet: d.ruleSet };
}

const SHARE = /^(0(\.\d+)?|1(\.0+)?)$/;

/** What the core needs; a stored share that is not a fraction 0–1 falls back to the default. */
export function toCheckSettings(stored: StoredSettings, lang: Lang): CheckSettings {
  const share = SHARE.test(stored.securityShare) ? new Decimal(stored.securityShare) : defaultSettings().securityShare;
  return defaultSettings({ lang, period: stored.period, unit: stored.unit, securityShare: share, ruleSet: stored.ruleSet });
}

export interface SettingsForm {
  periodFrom: string;
  periodTo: string;
  /** '' = read from the table's unit line. */
  unit: MoneyUnit | '';
  /** Percent as typed ("10", "12,5"). */
  sharePercent: string;
  ruleSet: string;
}

export function toForm(stored: StoredSettings): SettingsForm {
  return {
    periodFrom: stored.period ? String(stored.period.from) : '',
    periodTo: stored.period ? String(stored.period.to) : '',
    unit: stored.unit ?? '',
    sharePercent: new Decimal(SHARE.test(stored.securityShare) ? stored.securityShare : '0.1').times(100).toFixed().replace('.', ','),
    ruleSet: stored.ruleSet,
  };
}

export type FormProblem = 'badPeriod' | 'badShare';

export function fromForm(form: SettingsForm, lang: Lang): { settings: StoredSettings } | { problem: FormProblem } {
  const from = form.periodFrom.trim();
  const to = form.periodTo.trim();
  let period: StoredSettings['period'] = null;
  if (from !== '' || to !== '') {
    if (!/^\d{4}$/.test(from) || !/^\d{4}$/.test(to) || Number(from) > Number(to)) return { problem: 'badPeriod' };
    period = { from: Number(from), to: Number(to) };
  }
  const percent = parseTypedNumber(form.sharePercent);
  if (percent === null) return { problem: 'badShare' };
  const share = new Decimal(percent).div(100);
  if (share.isNegative() || share.greaterThan(1)) return { problem: 'badShare' };
  return {
    settings: { lang, period, unit: form.unit === '' ? null : form.unit, securityShare: share.toFixed(), ruleSet: form.ruleSet },
  };
}
