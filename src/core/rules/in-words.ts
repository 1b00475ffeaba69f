// AMOUNT_WORDS_MISMATCH: the total written in words under a table ("Bằng chữ: Một tỷ chín trăm
// triệu đồng") is not the table's total. Estimates and decisions state their total twice, in
// figures and in words, and an appraiser reads both: a figure corrected without its words (or
// the other way round) leaves a document that says two amounts. Words that are not all number
// words are left alone (nothing is guessed from part of a sentence).
import { Decimal } from '../decimal';
import { address } from '../grid';
import { UNIT_EXPONENT } from '../money';
import { amountToWords, parseAmountWords } from '../money/words';
import type { Rule } from './context';

export const inWordsRule: Rule = (ctx) => {
  const { table, summary } = ctx;
  const line = table.inWords;
  if (line === undefined) return [];
  const said = parseAmountWords(line.text);
  const total = summary.statedTotal ?? summary.total;
  if (said === null || !total.gt(0)) return [];
  // The words are in đồng; the table's figures in its unit.
  const scale = new Decimal(10).pow(UNIT_EXPONENT[table.unit]);
  const inUnit = said.div(scale);
  // The words may state the total as figured or as rounded ("Tổng cộng | 512.925.000", "Làm tròn |
  // 513.000.000"): any of the table's own total lines, or its items' sum.
  if (inUnit.eq(total) || inUnit.eq(summary.total)) return [];
  for (const r of table.rows) if (r.kind === 'total' && r.totalOf === undefined && r.amount?.eq(inUnit)) return [];
  // The total's own words, for the line to say instead.
  const words = amountToWords(total.times(scale)) ?? '';
  return [ctx.say({
    code: 'AMOUNT_WORDS_MISMATCH', row: line.row, cell: address(line.row, line.col), expected: total, actual: inUnit, suggestion: words,
    params: { words: line.text, said: ctx.money(inUnit), total: ctx.money(total), suggestion: words },
  })];
};
