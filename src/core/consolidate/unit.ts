// Whose table is this? In the order CONTRACT gives: the unit named in the title lines ("UBND TỈNH
// KHÁNH HÒA", "Đơn vị báo cáo: Sở Y tế"), else a sheet named after a province, else the place
// column of a survey (one table, many units), else the file name ("an-giang.xlsx").
//
// Decisions: an explicit "Đơn vị …: X" line wins over a province named elsewhere in the titles,
// because a department's form carries its province in the heading and itself on that line; a
// line "Đơn vị: triệu đồng" is a unit of money, not of government, and is passed over.
import type { CheckedTable, TableRow } from '../model';
import { parseUnit } from '../money';
import { foldAligned } from '../money/scan';
import { fold } from '../text';
import { findProvinceIn, matchProvince } from '../units/match';
import type { UnitFrom } from './types';

// "Đơn vị báo cáo: …", "Tên đơn vị: …", "Tỉnh/Thành phố: …", "Địa phương: …" (never "Đơn vị tính").
const EXPLICIT = /^(?:ten )?(?:don vi|dia phuong|tinh ?\/ ?thanh pho|tinh|thanh pho)(?: (?:bao cao|de xuat|lap bieu|gui|thuc hien|chu quan|du toan))?\s*:/;

/** A place as named: a province's display name when it is one, else the text, trimmed. */
export function canonicalUnit(text: string): string {
  return matchProvince(text) ?? text.replace(/\s+/g, ' ').trim();
}

/** The unit the title lines name, or null. */
export function unitFromTitles(titles: readonly string[]): string | null {
  for (const t of titles) {
    const f = fold(t);
    if (!EXPLICIT.test(f) || /^(?:don vi tinh|dvt)\b/.test(f)) continue;
    const named = t.slice(t.indexOf(':') + 1).trim();
    if (named && !parseUnit(named)) return canonicalUnit(named);
  }
  for (const t of titles) {
    const p = findProvinceIn(t);
    if (p) return p;
  }
  // "KẾ HOẠCH … NĂM 2026 CỦA SỞ Y TẾ": the body whose plan it is, when the heading names no province.
  for (const t of titles) {
    const { source, folded } = foldAligned(t);
    // "(Kèm theo Kế hoạch số 45/KH-UBND … của UBND tỉnh)" names who issued the plan, not whose table it is.
    if (/^\s*\(|\bkem theo\b/.test(folded)) continue;
    const at = OF_BODY.exec(folded);
    if (at && !/^(?:ubnd|uy ban nhan dan) (?:tinh|huyen|thanh pho|xa)$/.test(at[1].trim())) return source.slice(at.index + at[0].length - at[1].length).replace(/[.;:)]+$/, '').trim();
  }
  return null;
}

// "của Sở …", "của UBND huyện …", "của Văn phòng …": an agency, never "của các đơn vị".
const OF_BODY = /\bcua ((?:so|ubnd|uy ban nhan dan|van phong|ban|bo|cuc|chi cuc|trung tam|benh vien|truong|thanh tra|kho bac|cong an|bo chi huy) .+)$/;

/** "data/an-giang.xlsx" → "An Giang"; "so-y-te.xlsx" → "so-y-te". */
export function unitFromFileName(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  const stem = base.replace(/\.[^.]*$/, '');
  return matchProvince(stem.replace(/[-_.]+/g, ' ')) ?? stem;
}

/** A table that lists units or systems row by row (a survey), rather than one unit's plan. */
export function isSurveyTable(table: CheckedTable): boolean {
  if (table.columns.mode !== null) return true;
  if (table.columnInfo.some((c) => c.role === 'place' || c.role === 'system' || c.role === 'mode')) return true;
  return table.rows.some((r) => r.place !== null || r.system !== null);
}

export interface TableUnit {
  from: UnitFrom;
  /** The unit of every row, or null when each row names its own (from = 'column'). */
  unit: string | null;
}

export function tableUnit(table: CheckedTable, file: string): TableUnit {
  const title = unitFromTitles(table.titles);
  if (title) return { from: 'title', unit: title };
  const sheet = matchProvince(table.sheet);
  if (sheet) return { from: 'sheet', unit: sheet };
  if (table.rows.some((r) => r.place !== null && r.place.trim() !== '')) return { from: 'column', unit: null };
  return { from: 'file', unit: unitFromFileName(file) };
}

/** The unit of one row: the table's, or the row's own place (a row without one: the file's). */
export function rowUnit(tu: TableUnit, row: TableRow, file: string): string {
  if (tu.unit !== null) return tu.unit;
  const place = row.place?.trim();
  return place ? canonicalUnit(place) : unitFromFileName(file);
}
