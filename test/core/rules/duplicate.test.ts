// DUPLICATE_ITEM within one table (CONTRACT: "the same project (same folded name and amount)
// twice in one table or in two units' submissions"): before, only `consolidate` said it; `check`
// on one plan with a system budgeted in two sections said nothing. Not across sections that are
// units, places or years: each unit's "Mua sắm máy tính | 150" is its own.
import { consolidate, consolidationToJSON } from '../../../src/core/consolidate';
import type { CellValue } from '../../../src/core/grid';
import type { CheckedTable } from '../../../src/core/model';
import { PLAN_2026_HEAD, SheetSpec, checkSheet } from '../../helpers/sheets';

const SRC = 'NSĐP (chi thường xuyên)';

function plan(sections: [string, string, [string, number][]][]): SheetSpec {
  const rows: CellValue[][] = [...PLAN_2026_HEAD];
  for (const [stt, name, items] of sections) {
    rows.push([stt, name, null, items.reduce((a, [, v]) => a + v, 0), null]);
    items.forEach(([item, v], i) => rows.push([String(i + 1), item, '2026', v, SRC]));
  }
  return { name: 'KH', rows };
}

const dups = (t: CheckedTable) => t.findings.filter((f) => f.code === 'DUPLICATE_ITEM');

it('names a system budgeted under two sections by topic, at each of its cells', () => {
  // Rows: 4 I, 5–6 its items; 7 II, 8–9 its items. Row 6 and row 8: the same 700.
  const t = checkSheet(plan([
    ['I', 'Hạ tầng', [['Nâng cấp mạng nội bộ', 1000], ['Hệ thống giám sát an toàn thông tin', 700]]],
    ['II', 'An toàn thông tin', [['Hệ thống giám sát an toàn thông tin', 700], ['Đánh giá an toàn thông tin', 800]]],
  ]));
  expect(dups(t).map((f) => [f.cell, f.severity, f.actual, f.related])).toEqual([['D6', 'warning', '700', ['D8']], ['D8', 'warning', '700', ['D6']]]);
  expect(dups(t)[0].message).toBe('Ô D6: "Hệ thống giám sát an toàn thông tin" (700 triệu đồng) trùng với D8: cùng tên và cùng số tiền. Kiểm tra xem dự án có bị đề xuất hai lần không.');
});

it('meets names that differ in case, accents and a final stop; not names with another amount', () => {
  const t = checkSheet(plan([
    ['I', 'Nền tảng', [['Xây dựng nền tảng LGSP.', 2000], ['Kho dữ liệu dùng chung', 900]]],
    ['II', 'Dữ liệu', [['XAY DUNG NEN TANG LGSP', 2000], ['Kho dữ liệu dùng chung', 600]]],
  ]));
  expect(dups(t).map((f) => f.cell)).toEqual(['D5', 'D8']);
});

it('leaves alone the same item under each unit, place or year, and finds it twice within one of them', () => {
  const units = checkSheet(plan([
    ['I', 'Sở Y tế', [['Mua sắm máy tính', 150], ['Phần mềm bệnh án điện tử', 900]]],
    ['II', 'Sở Tư pháp', [['Mua sắm máy tính', 150], ['Phần mềm hộ tịch', 400]]],
    ['III', 'UBND huyện Châu Thành', [['Mua sắm máy tính', 150]]],
    ['IV', 'Trung tâm Phục vụ hành chính công', [['Mua sắm máy tính', 150]]],
    ['V', 'Phòng Tài chính - Kế hoạch', [['Mua sắm máy tính', 150]]],
  ]));
  expect(dups(units)).toEqual([]);
  const years = checkSheet(plan([
    ['I', 'Năm 2026', [['Duy trì cổng dịch vụ công', 500]]],
    ['II', 'Năm 2027', [['Duy trì cổng dịch vụ công', 500]]],
  ]));
  expect(dups(years)).toEqual([]);
  const pasted = checkSheet(plan([
    ['I', 'Sở Y tế', [['Mua sắm máy tính', 150], ['Mua sắm máy tính', 150]]],
    ['II', 'Sở Tư pháp', [['Mua sắm máy tính', 150]]],
  ]));
  expect(dups(pasted).map((f) => f.cell)).toEqual(['D5', 'D6']);
});

it('is said once in a consolidation, not again for the file\'s own table', () => {
  const t = checkSheet(plan([
    ['I', 'Hạ tầng', [['Hệ thống giám sát an toàn thông tin', 700]]],
    ['II', 'An toàn thông tin', [['Hệ thống giám sát an toàn thông tin', 700]]],
  ]));
  const json = consolidationToJSON(consolidate([{ file: 'so-tttt.xlsx', tables: [t] }], { unit: null, provinces: null, lang: 'vi' }));
  expect(json.findings.filter((f) => f.code === 'DUPLICATE_ITEM').map((f) => f.cell)).toEqual(['D5', 'D7']);
});
