// A plan that shares each task's money out among the units or places carrying it out, one column
// each under a group ("Tổng kinh phí | Phân bổ cho các xã / Xã An Bình | Xã Tân Phú | Xã Hòa
// Lợi"): the shares are money, each column's total checked, and together they make the row's
// total. Figures are the tables' own, added by hand.
import type { CellValue, Grid } from '../../../src/core/grid';
import { checkOne } from '../../helpers/grid';

function plan(group: string, units: [string, string, string], firstShare: number): Grid {
  const values: CellValue[][] = [
    ['KẾ HOẠCH KINH PHÍ CHUYỂN ĐỔI SỐ NĂM 2027', null, null, null, null, null],
    ['Đơn vị tính: triệu đồng', null, null, null, null, null],
    ['STT', 'Nội dung', 'Tổng kinh phí', group, null, null],
    [null, null, null, ...units],
    ['1', 'Trang bị máy tính bộ phận một cửa', 900, firstShare, 300, 300],
    ['2', 'Đường truyền số liệu chuyên dùng', 600, 200, 200, 200],
    [null, 'Tổng cộng', 1500, 500, 500, 500],
  ];
  return { sheet: 'KH', top: 1, left: 1, values, merges: ['A3:A4', 'B3:B4', 'C3:C4', 'D3:F3'] };
}

const errors = (t: ReturnType<typeof checkOne>) => t.findings.filter((f) => f.severity === 'error').map((f) => [f.code, f.cell]);

describe.each([
  ['Phân bổ cho các xã', ['Xã An Bình', 'Xã Tân Phú', 'Xã Hòa Lợi']],
  ['Chi tiết theo đơn vị', ['Sở Y tế', 'Sở Giáo dục và Đào tạo', 'Văn phòng UBND tỉnh']],
  ['Phân bổ cho các huyện', ['Huyện A', 'Huyện B', 'Thành phố C']],
] as [string, [string, string, string]][])('"%s / %j"', (group, units) => {
  it('a right table: the shares are money that makes each row\'s total, nothing said', () => {
    // 300 + 300 + 300 = 900; 200 × 3 = 600; each column 500 = 300 + 200.
    const t = checkOne(plan(group, units, 300));
    expect(t.sums).toEqual([{ kind: 'units', total: 3, parts: [4, 5, 6], stated: false }]);
    expect(t.columnInfo.filter((c) => c.money).map((c) => c.col)).toEqual([3, 4, 5, 6]);
    expect(errors(t)).toEqual([]);
    expect(t.summary.total.toFixed()).toBe('1500');
  });

  it('a share off by 50 is found on its row and in its column\'s total', () => {
    // Before: nothing; the shares were no money at all. 350 + 300 + 300 = 950, not 900; the
    // first column's items 350 + 200 = 550, not the 500 written.
    const t = checkOne(plan(group, units, 350));
    expect(errors(t)).toEqual([['SOURCES_SUM_MISMATCH', 'C5'], ['SUBTOTAL_MISMATCH', 'D7']]);
    expect(t.findings.find((f) => f.code === 'SOURCES_SUM_MISMATCH')?.message).toContain('số phân bổ cho các đơn vị, địa phương (D–F) cộng lại được 950 triệu đồng nhưng tổng của dòng là 900 triệu đồng');
  });
});

it('"Trong đó / Xã An Bình | Xã Tân Phú" names some of the units only: no sum is asked', () => {
  const t = checkOne(plan('Trong đó', ['Xã An Bình', 'Xã Tân Phú', 'Xã Hòa Lợi'], 100));
  expect(t.sums.filter((s) => s.kind === 'units')).toEqual([]);
  expect(errors(t).filter(([code]) => code === 'SOURCES_SUM_MISMATCH')).toEqual([]);
});

it('names under such a group ("Phân bổ cho các đơn vị / Đơn vị A | Đơn vị B" holding "Sở Y tế") are no money: no sum of them is claimed', () => {
  const g = plan('Phân bổ cho các đơn vị', ['Đơn vị A', 'Đơn vị B', 'Đơn vị C'], 300);
  for (const r of [4, 5]) g.values[r] = [...g.values[r].slice(0, 3), 'Sở Y tế', 'Sở Tài chính', null];
  g.values[6] = [...g.values[6].slice(0, 3), null, null, null];
  const t = checkOne(g);
  expect(t.sums).toEqual([]);
  expect(t.columnInfo.filter((c) => c.money).map((c) => c.col)).toEqual([3]);
});
