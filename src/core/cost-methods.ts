// A cost breakdown's own arithmetic: each line named by a symbol ("Ký hiệu": Gtb, Gqlda, Gtv, Gdp)
// and worked out by a method in words of symbols ("Cách tính": "Gtb x 2,5%", "(Gtb + Gqlda + Gtv +
// Gk) x 10%"), as a total investment or an estimate table writes them. Read once from the grid when
// the table has both columns (rules/method-line.ts redoes each method); methods are evaluated exactly.
import { leafLabel } from './columns';
import { Decimal } from './decimal';
import type { CellValue, Grid } from './grid';
import type { ColumnInfo } from './model';
import { cleanText } from './text';

const SYMBOL_HEADER = /^(ky hieu|ki hieu)$/;
const METHOD_HEADER = /^(cach tinh|cong thuc( tinh)?|dien giai( cach tinh)?|phuong phap tinh)$/;

type Token = { kind: 'num'; value: Decimal } | { kind: 'sym'; name: string } | { kind: 'op'; op: string };

// A symbol ("Gtb", "G1", "Gqlda"), a figure ("2,5", "10", "1.000"), a percent sign, an operator.
const TOKEN = /\s*(?:([A-Za-zĐđ][A-Za-z0-9Đđ_]*)|(\d[\d.]*(?:,\d+)?)|(%)|([+\-*/×xX()]))/y;

/** The tokens of a method, or null when it holds anything else (words, a second sentence). */
function tokenize(text: string): Token[] | null {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let at = 0;
  while (at < text.length) {
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(text);
    if (!m) return /^\s*$/.test(text.slice(at)) ? out : null;
    at = TOKEN.lastIndex;
    if (m[1] !== undefined) {
      // "x" alone multiplies ("Gtb x 2,5%").
      if (m[1] === 'x' || m[1] === 'X') out.push({ kind: 'op', op: '*' });
      else out.push({ kind: 'sym', name: m[1].toLowerCase() });
    } else if (m[2] !== undefined) {
      // Vietnamese figures: "." groups thousands, "," is the decimal point.
      const digits = m[2].replace(/\.(?=\d{3}(\D|$))/g, '').replace(',', '.');
      if (!/^\d+(\.\d+)?$/.test(digits)) return null;
      out.push({ kind: 'num', value: new Decimal(digits) });
    } else if (m[3] !== undefined) out.push({ kind: 'op', op: '%' });
    else out.push({ kind: 'op', op: m[4] === '×' || m[4] === 'x' || m[4] === 'X' ? '*' : m[4] });
  }
  return out;
}

/**
 * The value of a method over the symbols' figures, or null when it is no arithmetic over known
 * symbols (an unknown symbol, a lone figure, words). Usual precedence; "10%" is 0,1.
 */
export function evaluateMethod(text: string, value: (symbol: string) => Decimal | null): Decimal | null {
  const tokens = tokenize(text);
  if (!tokens || !tokens.some((t) => t.kind === 'sym')) return null;
  let i = 0;
  let failed = false;
  const peek = (): Token | undefined => tokens[i];
  const isOp = (op: string): boolean => {
    const t = peek();
    return t !== undefined && t.kind === 'op' && t.op === op;
  };
  const primary = (): Decimal | null => {
    const t = tokens[i++];
    if (t === undefined) return null;
    let v: Decimal | null;
    if (t.kind === 'num') v = t.value;
    else if (t.kind === 'sym') v = value(t.name);
    else if (t.kind === 'op' && t.op === '(') {
      v = sum();
      if (!isOp(')')) return null;
      i++;
    } else return null;
    if (v !== null && isOp('%')) {
      i++;
      v = v.div(100);
    }
    return v;
  };
  // One level of binary operators, left to right: "a * b / c", "a + b - c".
  const chain = (next: () => Decimal | null, ops: readonly string[], apply: (op: string, a: Decimal, b: Decimal) => Decimal | null): Decimal | null => {
    let v = next();
    while (v !== null && ops.some(isOp)) {
      const op = (tokens[i++] as { op: string }).op;
      const r = next();
      v = r === null ? null : apply(op, v, r);
    }
    return v;
  };
  const product = (): Decimal | null => chain(primary, ['*', '/'], (op, a, b) => (op === '*' ? a.times(b) : b.isZero() ? null : a.div(b)));
  const sum = (): Decimal | null => {
    const v = chain(product, ['+', '-'], (op, a, b) => (op === '+' ? a.plus(b) : a.minus(b)));
    if (v === null) failed = true;
    return v;
  };
  const v = sum();
  return failed || i !== tokens.length ? null : v;
}

/** Each row's symbol and method, by sheet row, when the band has both columns; else undefined. */
export function readMethods(grid: Grid, infos: readonly ColumnInfo[], rows: readonly { row: number }[]): Map<number, { symbol: string; method: string }> | undefined {
  const symbols = infos.find((c) => SYMBOL_HEADER.test(leafLabel(c)));
  const methods = infos.find((c) => METHOD_HEADER.test(leafLabel(c)));
  if (!symbols || !methods) return undefined;
  const text = (v: CellValue | undefined): string => (typeof v === 'string' ? cleanText(v) : '');
  const out = new Map<number, { symbol: string; method: string }>();
  for (const { row } of rows) {
    const values = grid.values[row - grid.top];
    if (!values) continue;
    const symbol = text(values[symbols.col - grid.left]).toLowerCase();
    const method = text(values[methods.col - grid.left]);
    if (symbol || method) out.set(row, { symbol: /^[a-zđ][a-z0-9đ_]*$/.test(symbol) ? symbol : '', method });
  }
  return out.size ? out : undefined;
}
