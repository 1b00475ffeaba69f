// A table of indicators, not of money: "TT | Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2026 | Thực hiện
// năm 2026", each row in its own unit ("%", "dịch vụ", "doanh nghiệp"). Its figures are counts
// and shares: totalled as money they would make a budget of 1.792 "triệu đồng" out of 80 %, 1.200
// services and 500 firms, and a consolidation would add it in. Such a table is no budget table.
// Told by a unit column whose cells name units that are no money, on most rows with a figure,
// while the figures' column says nothing of money ("Kế hoạch", "Thực hiện", not "Kinh phí").
// A detailed estimate ("Đơn vị tính | Số lượng | Đơn giá | Thành tiền") has such units too, but
// its money column says it is money.
import { labelOf } from './columns';
import type { Grid } from './grid';
import type { HeaderBand } from './header';
import type { TableRow } from './model';
import { parseUnit } from './money';

const UNIT_COLUMN = /^(don vi tinh|dvt|d v t)$/;
const MONEY_WORDS = /tien|kinh phi|von|du toan|gia tri|chi phi|ngan sach|muc dau tu|tmdt|\bgia\b|nhu cau|dau tu|thanh toan|giai ngan|\bchi\b/;

export function isIndicatorTable(grid: Grid, band: HeaderBand, rows: readonly TableRow[]): boolean {
  const unitCol = band.columnInfo.find((c) => c.role === 'other' && UNIT_COLUMN.test(labelOf(c.header)));
  if (!unitCol) return false;
  if (band.moneyColumns.some((c) => MONEY_WORDS.test(labelOf(c.header)))) return false;
  let withFigure = 0;
  let notMoney = 0;
  for (const row of rows) {
    // Asked before a row's amount is taken from its year columns (table.deriveAmounts): any figure.
    if (row.kind !== 'item' || !row.cells.some((c) => c.value)) continue;
    withFigure++;
    const unit = grid.values[row.row - grid.top]?.[unitCol.col - grid.left];
    if (typeof unit === 'string' && unit.trim() !== '' && parseUnit(unit) === null) notMoney++;
  }
  return withFigure > 0 && notMoney * 2 >= withFigure;
}
