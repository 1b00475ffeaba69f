// Document settings: what the add-in keeps inside the workbook, so the file carries it. Values
// read back are checked field by field, because a workbook may come from anywhere.
import type { MoneyUnit } from '../core/types';
import { hostError } from './errors';
import type { StoredSettings } from './host';
import type { OfficeApi } from './office-api';

export const SETTINGS_KEY = 'ngansach.settings';

const UNITS: readonly MoneyUnit[] = ['đồng', 'nghìn đồng', 'triệu đồng', 'tỷ đồng'];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Keeps only well-formed fields; a bad one is dropped, not guessed. */
export function parseStoredSettings(raw: unknown): Partial<StoredSettings> {
  if (!isRecord(raw)) return {};
  const out: Partial<StoredSettings> = {};
  if (raw.lang === 'vi' || raw.lang === 'en') out.lang = raw.lang;
  const period = raw.period;
  if (period === null) out.period = null;
  else if (isRecord(period) && Number.isInteger(period.from) && Number.isInteger(period.to) && (period.from as number) <= (period.to as number)) {
    out.period = { from: period.from as number, to: period.to as number };
  }
  if (raw.unit === null) out.unit = null;
  else if (typeof raw.unit === 'string' && (UNITS as readonly string[]).includes(raw.unit)) out.unit = raw.unit as MoneyUnit;
  if (typeof raw.securityShare === 'string' && /^(0(\.\d+)?|1(\.0+)?)$/.test(raw.securityShare)) out.securityShare = raw.securityShare;
  if (typeof raw.ruleSet === 'string' && raw.ruleSet !== '') out.ruleSet = raw.ruleSet;
  return out;
}

/** settings.saveAsync as a promise. */
export function saveDocumentSettings(office: OfficeApi): Promise<void> {
  return new Promise((resolve, reject) => {
    office.context.document.settings.saveAsync((result) => {
      if (result.status === office.AsyncResultStatus.Failed) reject(hostError('other', result.error?.message));
      else resolve();
    });
  });
}
