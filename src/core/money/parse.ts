// parseMoney: one cell's text (or number) → a MoneyReading. Never throws: bad input is a
// reading with value null and a reason. Choices where the text is unclear:
// - plain numbers are in the default unit; "1.234" is 1234 (the Vietnamese thousands dot);
// - "1,234" with no unit is 1.234 (Vietnamese decimal comma), flagged ambiguous;
// - "1.5" (not a thousands group) is 1.5, flagged ambiguous;
// - amounts joined by "+" ("500 triệu đồng + 1,2 tỷ") are summed, flagged ambiguous;
// - "2 tỷ 500 triệu" is one amount (2500 triệu), not flagged; so is "2 tỷ 5" (2,5 tỷ, as said aloud);
// - "3 x 200 triệu" and "200 triệu x 3" are multiplied out (600 triệu), not flagged;
// - several unrelated amounts: the first is read, flagged ambiguous;
// - amounts with a unit win over plain numbers in the same text ("Hỗ trợ 137 xã: 500 triệu");
// - a bare "2020" is the number 2020 (a money column may hold it), "năm 2020" is a year.
import { Decimal } from '../decimal';
import { moneyReason } from '../i18n/money-reasons';
import type { MoneyNote, MoneyReading, MoneyUnit, MoneyWhy } from '../types';
import { findAmounts, type FoundAmount, type SkipKind } from './amounts';
import { readNotes, type NotesResult } from './annotations';
import { readNumberShape } from './number';
import { foldAligned, tokenize, type Token } from './scan';
import { cleanText, dropNumberStops } from '../text';
import { UNIT_EXPONENT, parseUnit, shiftExponent } from './units';

export interface MoneyOptions {
  /** Unit of plain numbers and of the result; default 'triệu đồng'. */
  unit?: MoneyUnit;
}

export const MAX_INPUT_LENGTH = 2000;
const DEFAULT_UNIT: MoneyUnit = 'triệu đồng';

const DASH_ONLY = /^[-\u2010-\u2015\u2212\ufe58\ufe63\uff0d_]+$/;
const PLAIN_NUMBER = /^-?\d[\d.,]*$/;
// A number alone in brackets is negative, as accounts write it ("(3.000)" for a cut of 3.000).
const BRACKETED_NUMBER = /^\(\s*(\d[\d.,]*)\s*\)$/;
const HAS_DIGIT = /\d/;
// What Excel shows in a cell whose formula it could not calculate: no amount ("#DIV/0!" is no 0).
const EXCEL_ERROR = /^#(?:REF!|DIV\/0!|VALUE!|N\/A|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|UNKNOWN!|GETTING_DATA)$/i;
// "1e3", "2,5E+6": a spreadsheet's exponent notation typed as text. Officers never write money so;
// read token by token it would come out as 3 or 6, so it is refused rather than misread.
const EXPONENT_NOTATION = /(?:^|[\s(;:+])-?\d[\d.,]*[eE][+-]?\d+(?![\d.,]*[A-Za-z\u00C0-\u1EF9])/;

/** Texts that say the amount is not known yet (folded): no amount, and one is still owed. */
const NO_AMOUNT = new Set([
  'chua co', 'dang cap nhat', 'khong co', 'chua xac dinh', 'chua', 'chua co kinh phi', 'chua bo tri von', 'chua bo tri kinh phi',
  'n/a', 'na', 'khong xac dinh', 'dang xay dung', 'dang thuc hien', 'chua bo tri', 'chua phan bo',
  // Said to come later or as it falls: still no amount on the row.
  'bo tri sau', 'se bo tri sau', 'xac dinh sau', 'cap nhat sau', 'theo thuc te', 'theo du toan', 'theo du toan duoc duyet',
  'theo bao gia', 'du kien', 'chua co du toan', 'tbd',
  // A budget still being drawn up, and the ellipsis left in its place ("…", "..." with its dots dropped).
  'dang xay dung du toan', 'dang lap du toan', '\u2026', '',
]);

/**
 * Words that say a task spends no money of its own (folded), as deliberate as "-": it is folded
 * into other spending ("Lồng ghép trong kinh phí thường xuyên", "Sử dụng nền tảng của tỉnh", "Từ
 * nguồn kinh phí thường xuyên của đơn vị"), paid by others ("Xã hội hóa", "Doanh nghiệp tự đầu
 * tư"), or costs nothing ("Không phát sinh kinh phí", "Miễn phí", "Không").
 */
const NO_MONEY_OF_ITS_OWN = new RegExp([
  '^khong$', '^long ghep\\b', '^khong (co|yeu cau|su dung|ton|mat|can)( them)? (kinh phi|chi phi|phi|ngan sach|von)\\b',
  '^khong phat sinh\\b', '^mien phi\\b', '^(nguon )?xa hoi hoa\\b', '^(do |nguon (von )?(cua )?)?doanh nghiep\\b',
  '^(su dung|dung|tu|trong|thuoc|bo tri trong|nam trong) (nguon )?(kinh phi|du toan|ngan sach|von|nen tang|he thong|ha tang|phan mem|trang thiet bi)\\b',
  '^kinh phi (chi )?thuong xuyen\\b',
  // Counted in another row or project ("Thuộc dự án Trung tâm dữ liệu", "Đã bố trí trong dự án
  // …", "Nằm trong nhiệm vụ …"), or built on what is there ("Tận dụng hạ tầng hiện có", "Dùng chung
  // nền tảng quốc gia"), or not allotted at all ("Không bố trí").
  '^thuoc (du an|nhiem vu|de an|chuong trinh|ke hoach|hang muc|muc|goi thau)\\b',
  '^(da )?(bo tri|tinh|co|gom|bao gom|long ghep) (trong|tai|o|vao|cung)\\b', '^(nam|gom) (trong|o|tai)\\b',
  '^xem (muc|nhiem vu|du an|dong)\\b', '^tan dung\\b', '^(su )?dung chung\\b', '^ke thua\\b', '^khong bo tri\\b',
  // Paid by others: a ministry or the centre ("Bộ TTTT cấp", "Trung ương đầu tư", "Kinh phí của
  // Bộ"), or a sponsor ("VNPT tài trợ").
  '^(do )?(bo|trung uong|tw|cuc|tong cuc|chinh phu)\\b.{0,40}\\b(cap|dau tu|trang bi|ho tro|ban giao|cung cap|chi tra|bo tri)$',
  '^kinh phi (cua|do) (bo|trung uong|tw|cuc|tong cuc)\\b', '^.{0,40}\\btai tro$',
].join('|'));

/**
 * A pointer to another row, by its number ("Đã có trong nhiệm vụ 1", "Đã tính ở mục I.2", "Xem
 * mục 3"): the money is that row's, and the figure names the row, not an amount.
 */
const REFERENCE = /^(thuoc|(da )?long ghep( trong| tai| vao| voi| cung)?|da (co|tinh|bo tri|gom|bao gom) (trong|tai|o|vao)|(nam|tinh|gom) (trong|o|tai)|xem)\b.*\b(muc|nhiem vu|du an|dong|stt|phan|hang muc|de an|chuong trinh|goi thau) *[0-9ivx][0-9ivx.]*$/;

// When several spans were skipped, the one named is the first of these kinds the text held.
const SKIP_ORDER: readonly SkipKind[] = ['foreign', 'doc', 'date', 'yearRange', 'year', 'invalid', 'count'];

/** A reading without an amount, saying why (in English for `reason`, as data for other languages). */
function unreadable(input: string, unit: MoneyUnit, why: MoneyWhy): MoneyReading {
  return reading(input, unit, { reason: moneyReason('en', why), why });
}

function reading(input: string, unit: MoneyUnit, patch: Partial<MoneyReading>): MoneyReading {
  return {
    input, value: null, unit, per: 'total', unitExplicit: false, ambiguous: false, reason: null,
    notes: [], dash: false, ...patch,
  };
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function fromNumber(input: number, unit: MoneyUnit): MoneyReading {
  const text = String(input);
  if (!Number.isFinite(input)) return unreadable(text, unit, { kind: 'notFinite', text });
  // The double an Excel cell holds, written the shortest way that reads back the same.
  return reading(text, unit, { value: new Decimal(text) });
}

function fromPlainText(input: string, text: string, unit: MoneyUnit): MoneyReading {
  const negative = text.startsWith('-');
  const shape = readNumberShape(negative ? text.slice(1) : text);
  if (!shape.ok) return unreadable(input, unit, shape.why);
  return reading(input, unit, {
    value: negative ? shape.value.negated() : shape.value,
    ambiguous: shape.ambiguous,
    reason: shape.reason,
  });
}

interface Split {
  main: Token[];
  groups: Token[][];
}

/** Top-level text vs bracketed groups; an unclosed bracket runs to the end. */
function splitBrackets(tokens: readonly Token[]): Split {
  const main: Token[] = [];
  const groups: Token[][] = [];
  let depth = 0;
  let current: Token[] = [];
  for (const t of tokens) {
    const open = t.kind === 'punct' && (t.text === '(' || t.text === '[');
    const close = t.kind === 'punct' && (t.text === ')' || t.text === ']');
    if (open) {
      if (depth > 0) current.push(t);
      depth++;
    } else if (close) {
      if (depth === 0) continue;
      depth--;
      if (depth > 0) current.push(t);
      else {
        groups.push(current);
        current = [];
      }
    } else if (depth > 0) current.push(t);
    else main.push(t);
  }
  if (depth > 0) groups.push(current);
  return { main, groups: groups.filter((g) => g.length > 0) };
}

function noAmountReason(scanSkipped: Map<SkipKind, string>, text: string): MoneyWhy {
  for (const skip of SKIP_ORDER) {
    const seen = scanSkipped.get(skip);
    if (seen !== undefined) return { kind: 'skipped', skip, text: clip(seen) };
  }
  return { kind: 'noAmountIn', text: clip(text) };
}

/** Amounts the reading is made from: with a unit if any has one; plain numbers before counts. */
function pool(amounts: FoundAmount[]): FoundAmount[] {
  const withUnit = amounts.filter((a) => a.exponent !== null);
  if (withUnit.length > 0) return withUnit;
  const plain = amounts.filter((a) => !a.weak);
  return plain.length > 0 ? plain : amounts;
}

// The words that name a funding source right before its amount ("NSTW 500, NSĐP 300", "Vốn ODA:
// 1.000"): each amount is that source's share, and the cell's amount is their sum.
const SOURCE_LABEL = new Set(['nstw', 'nsdp', 'nsnn', 'tw', 'dp', 'oda', 'xhh', 'khac', 'tinh', 'huyen']);

/** Every amount is named by a source word right before it (a colon between them allowed). */
function allLabelledBySource(tokens: readonly Token[], amounts: readonly FoundAmount[]): boolean {
  return amounts.length > 1 && amounts.every((a) => {
    let i = a.first - 1;
    if (tokens[i]?.kind === 'punct' && tokens[i].text === ':') i--;
    const t = tokens[i];
    return t !== undefined && t.kind === 'word' && SOURCE_LABEL.has(t.text);
  });
}

/** "2 tỷ 500 triệu": a larger unit directly followed by a smaller one is one amount. */
function isCompound(a: FoundAmount, b: FoundAmount): boolean {
  return a.exponent !== null && b.exponent !== null && b.exponent < a.exponent && a.next === b.first &&
    a.per === 'total' && a.spanYears === null && !b.plusBefore && a.value.isInteger() && !a.value.isNegative();
}

export function parseMoney(input: string | number | null | undefined, options?: MoneyOptions): MoneyReading {
  const unit: MoneyUnit = options?.unit && options.unit in UNIT_EXPONENT ? options.unit : DEFAULT_UNIT;
  if (input === null || input === undefined) return unreadable('', unit, { kind: 'empty' });
  if (typeof input === 'number') return fromNumber(input, unit);
  if (typeof input !== 'string') return unreadable(String(input), unit, { kind: 'notTextOrNumber' });
  if (input.length > MAX_INPUT_LENGTH) return unreadable(input, unit, { kind: 'tooLong' });

  // As pasted from PDF or Word: decomposed letters, odd spaces, line breaks, "11.000.".
  const trimmed = dropNumberStops(cleanText(input));
  if (trimmed === '') return unreadable(input, unit, { kind: 'empty' });
  if (trimmed.charCodeAt(0) === 35 && EXCEL_ERROR.test(trimmed)) return unreadable(input, unit, { kind: 'excelError', text: trimmed });
  if (PLAIN_NUMBER.test(trimmed)) return fromPlainText(input, trimmed, unit);
  const bracketed = BRACKETED_NUMBER.exec(trimmed);
  if (bracketed) return fromPlainText(input, `-${bracketed[1]}`, unit);
  if (EXPONENT_NOTATION.test(trimmed)) return unreadable(input, unit, { kind: 'exponent', text: clip(trimmed) });

  if (!HAS_DIGIT.test(trimmed)) {
    if (DASH_ONLY.test(trimmed.replace(/\s+/g, ''))) return reading(input, unit, { dash: true });
    const phrase = foldAligned(trimmed).folded.replace(/ +/g, ' ').replace(/[.!;:]+$/, '').trim();
    if (NO_MONEY_OF_ITS_OWN.test(phrase)) return reading(input, unit, { dash: true });
    return unreadable(input, unit, { kind: NO_AMOUNT.has(phrase) ? 'noAmountStated' : 'noNumber', text: clip(trimmed) });
  }

  const scan = foldAligned(trimmed);
  if (REFERENCE.test(scan.folded.replace(/ +/g, ' ').replace(/[.!;:]+$/, '').trim())) return reading(input, unit, { dash: true });
  const tokens = tokenize(scan);
  let { main, groups } = splitBrackets(tokens);
  // "(3.000)" or a text that is all brackets: the first bracket carries the amount.
  if (!main.some((t) => t.kind === 'num') && groups.length > 0) {
    main = groups[0];
    groups = groups.slice(1);
  }

  const requested = UNIT_EXPONENT[unit];
  // "1.000.000 (đồng)": a bracket naming a unit alone is the unit of a figure written without one.
  const unitsOf = groups.map((g) => (g.length ? parseUnit(scan.source.slice(g[0].start, g[g.length - 1].end)) : null));
  const unitGroup = unitsOf.findIndex((u) => u !== null);
  const bracketUnit = unitGroup >= 0 ? unitsOf[unitGroup] : null;
  if (unitGroup >= 0) groups = groups.filter((_, k) => k !== unitGroup);
  const defaultExponent = bracketUnit ? UNIT_EXPONENT[bracketUnit] : requested;
  const toRequested = (value: Decimal, exponent: number): Decimal => shiftExponent(value, exponent, requested);
  const found = findAmounts(main, scan.source);
  const candidates = pool(found.amounts);
  if (candidates.length === 0) {
    return unreadable(input, unit, noAmountReason(found.skipped, trimmed));
  }
  if (candidates.length > 1 && candidates.every((a) => a.yearLike)) {
    return unreadable(input, unit, { kind: 'years', text: clip(trimmed) });
  }

  const reasons: string[] = [];
  let ambiguous = false;
  const head = candidates[0];
  let value = toRequested(head.value, head.exponent ?? defaultExponent);
  let last = head;
  let summed = 0;
  const others: FoundAmount[] = [];
  // "NSTW 500, NSĐP 300": each source's share, summed (the split is read by amount-sources.ts).
  const bySource = allLabelledBySource(main, candidates);
  for (let k = 1; k < candidates.length; k++) {
    const c = candidates[k];
    if (others.length === 0 && (c.plusBefore || bySource || isCompound(last, c))) {
      if (c.plusBefore) summed++;
      value = value.plus(toRequested(c.value, c.exponent ?? defaultExponent));
      last = c;
    } else others.push(c);
  }
  for (const c of candidates) if (c.ambiguous) reasons.push(...c.reasons);
  ambiguous = candidates.some((c) => c.ambiguous);
  if (summed > 0) {
    ambiguous = true;
    reasons.push(`${summed + 1} amounts joined by "+" were added up`);
  }
  const differing = others.filter((c) => !toRequested(c.value, c.exponent ?? defaultExponent).equals(value));
  if (differing.length > 0) {
    ambiguous = true;
    reasons.push(`${differing.length + 1} different amounts in the text; read the first`);
  }
  if (head.weak) {
    ambiguous = true;
    reasons.push(`a number followed by words ("${clip(scan.source.slice(head.start, head.end + 12).trim())}") may be a count, not money`);
  }

  const notes: MoneyNote[] = [];
  if (head.spanYears !== null) {
    notes.push({ kind: 'span', years: head.spanYears, text: scan.source.slice(head.start, head.end) });
  } else if (head.spanMonths !== null) {
    // MoneyNote spans count years; a total over months is kept as a remark, not lost.
    notes.push({ kind: 'remark', text: scan.source.slice(head.start, head.end) });
  }
  const noteResult: NotesResult = { notes, reasons: [] };
  const ctx = { inheritedExponent: head.exponent ?? defaultExponent, toRequested };
  for (const g of groups) readNotes(scan, g, ctx, noteResult);
  if (noteResult.reasons.length > 0) {
    ambiguous = true;
    reasons.push(...noteResult.reasons);
  }

  return reading(input, unit, {
    value,
    per: head.per,
    unitExplicit: head.exponent !== null || bracketUnit !== null,
    ambiguous,
    reason: reasons.length > 0 ? reasons.join('; ') : null,
    notes,
  });
}
