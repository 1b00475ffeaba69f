// AMOUNT_PRICE_MISMATCH: in a detailed estimate (dự toán chi tiết: "Số lượng | Đơn giá | Thành
// tiền", "Số người | Số ngày | Mức chi | Thành tiền"), an item's amount is the product of its
// quantities and its unit price. An item whose factors are not all written (a lump sum, "Chi phí
// khác", a contingency line) is not judged. The amount is held to the product rounded to the
// decimals the amount itself is written with, so "3 × 333,333 = 1.000" in a table of whole
// figures is one rounding, not an error. A unit price in a unit of its own ("Đơn giá (đồng)"
// beside "Thành tiền (triệu đồng)") is brought to the amount's unit first.
import { Decimal } from '../decimal';
import { address } from '../grid';
import { bracketUnit, convertUnit } from '../money';
import { factorColumns } from '../row-reader';
import type { Finding } from '../types';
import type { Rule } from './context';

export const priceRule: Rule = (ctx) => {
  const { table } = ctx;
  const cols = factorColumns(table);
  if (cols.length === 0) return [];
  // The unit price's own unit, when its header names one other than the table's.
  const priceHeader = table.columnInfo.find((c) => c.role === 'unitPrice')?.header ?? '';
  const named = priceHeader.split(' / ').map(bracketUnit).find((u) => u !== null) ?? null;
  const priceUnit = named !== null && named !== table.unit ? named : null;
  const out: Finding[] = [];
  for (let rowAt = 0; rowAt < table.rows.length; rowAt++) {
    const row = table.rows[rowAt];
    const factors = row.factors;
    const amount = row.amount;
    if (row.kind !== 'item' || !factors || !amount || row.amountFrom !== 'cell' || row.amountPer !== 'total') continue;
    if (factors.some((f) => f === null)) continue;
    let product = factors[0] as Decimal;
    for (let k = 1; k < factors.length; k++) product = product.times(factors[k] as Decimal);
    if (priceUnit) product = convertUnit(product, priceUnit, table.unit);
    if (product.toDecimalPlaces(amount.decimalPlaces(), Decimal.ROUND_HALF_UP).eq(amount)) continue;
    const cell = ctx.amountCell(row);
    out.push(ctx.say({
      code: 'AMOUNT_PRICE_MISMATCH', row: row.row, cell, expected: product, actual: amount, suggestion: product,
      related: cols.map((c) => address(row.row, c)),
      params: {
        actual: ctx.money(amount), expected: ctx.money(product), diff: ctx.num(amount.minus(product).abs()),
        factors: factors.map((f) => ctx.num(f as Decimal)).join(' × ') + (priceUnit ? ` ${priceUnit}` : ''),
      },
    }));
  }
  return out;
};
