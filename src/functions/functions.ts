// Excel custom functions (namespace NGANSACH, set in manifest.xml). Each is one line over the
// same core the CLI and the task pane use, so =NGANSACH.TIEN("1,26 tỷ") and `ngansach money`
// always agree. The JSDoc blocks are the functions' metadata: webpack's
// custom-functions-metadata-plugin turns them into functions.json. Amounts stay Decimal until
// the very last step, where a cell needs a JS number.
import { allocateRow } from '../core/allocate';
import { Decimal, ZERO } from '../core/decimal';
import { functionTexts } from '../core/i18n/functions';
import { convertUnit, parseMoney, parseUnit } from '../core/money';
import { amountToWords } from '../core/money/words';
import { parseMode } from '../core/mode';
import { isValidPeriod } from '../core/period';
import { parseSources } from '../core/sources';
import { parseTime } from '../core/time';
import type { MoneyUnit } from '../core/types';
import { leasePaymentPerPeriod } from '../core/scenario';

/** A cell's error tooltip is read by whoever typed the formula: Vietnamese, from the catalog. */
const say = functionTexts.vi;

/** The part of the CustomFunctions runtime global we use (no @types package ships it). */
interface CustomFunctionsRuntime {
  associate(id: string, fn: (...args: never[]) => unknown): void;
  Error: new (code: string, message?: string) => Error;
  ErrorCode: { invalidValue: string; invalidNumber: string };
}

const runtime = (globalThis as { CustomFunctions?: CustomFunctionsRuntime }).CustomFunctions;

/** What a function throws outside Excel (tests, preview): the same error code Excel would show. */
export class CellError extends Error {
  constructor(public readonly code: '#VALUE!' | '#NUM!', message: string) {
    super(message);
    this.name = 'CellError';
  }
}

function valueError(message: string): Error {
  return runtime ? new runtime.Error(runtime.ErrorCode.invalidValue, message) : new CellError('#VALUE!', message);
}

function numberError(message: string): Error {
  return runtime ? new runtime.Error(runtime.ErrorCode.invalidNumber, message) : new CellError('#NUM!', message);
}

type CellInput = string | number | boolean | null | undefined;

function asText(input: CellInput): string {
  return input === null || input === undefined ? '' : String(input);
}

function toNumber(value: Decimal): number {
  // Excel cells hold doubles; this is where an exact amount becomes one.
  return value.toNumber();
}

function isBlank(input: CellInput): boolean {
  return input === null || input === undefined || (typeof input === 'string' && input.trim() === '');
}

/** The unit argument: undefined for "not given", else a known unit (or a #VALUE! error). */
function unitArgument(unit: CellInput): MoneyUnit | undefined {
  if (isBlank(unit)) return undefined;
  const wanted = parseUnit(String(unit));
  if (wanted === null) throw valueError(say.unknownUnit(String(unit)));
  return wanted;
}

// "1e3" is how JavaScript and Excel write 1000 in exponent form; no officer writes money so, and
// the money reader would take its digits apart. Refuse it instead of guessing.
const EXPONENT = /^\s*[+-]?\d+(?:[.,]\d+)?\s*e\s*[+-]?\d+\s*$/i;

/** One cell's amount in `unit`, or null for a blank or a deliberate dash; throws for anything else. */
function amountOf(input: CellInput, unit: MoneyUnit | undefined, refuse: (text: string) => Error): Decimal | null {
  if (isBlank(input)) return null;
  if (typeof input === 'boolean') throw valueError(say.booleanNotAmount);
  if (typeof input === 'string' && EXPONENT.test(input)) throw valueError(say.exponent(input.trim()));
  const reading = parseMoney(input as string | number, { unit });
  if (reading.value === null) {
    if (reading.dash) return null;
    throw refuse(asText(input));
  }
  return reading.value;
}

/**
 * Đọc số tiền viết kiểu Việt Nam ("1,26 tỷ", "35.388,5", "500 triệu đồng") và trả về số theo đơn vị.
 * @customfunction TIEN
 * @param text Ô hoặc chữ chứa số tiền.
 * @param [unit] Đơn vị kết quả và của số không ghi đơn vị: "đồng", "nghìn đồng", "triệu đồng" (mặc định), "tỷ đồng".
 * @returns Số tiền theo đơn vị đã chọn.
 */
export function tien(text: string | number, unit?: string): number {
  const wanted = unitArgument(unit);
  const value = amountOf(text, wanted, (t) => valueError(say.noAmount(t)));
  if (value === null) throw valueError(say.noAmount(asText(text)));
  return toNumber(value);
}

/**
 * Cộng mọi số tiền trong vùng, kể cả ô ghi bằng chữ ("3.000 (600/năm)", "1,26 tỷ") mà SUM bỏ qua.
 * @customfunction CONG
 * @param range Vùng ô cần cộng.
 * @param [unit] Đơn vị kết quả và của số không ghi đơn vị: "đồng", "nghìn đồng", "triệu đồng" (mặc định), "tỷ đồng".
 * @returns Tổng số tiền theo đơn vị đã chọn.
 */
// The metadata generator maps only plain types; a range arrives as rows of string, number or boolean cells.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function cong(range: any[][], unit?: string): number {
  const wanted = unitArgument(unit);
  let sum = ZERO;
  (range as CellInput[][]).forEach((line, r) => {
    line.forEach((cell, c) => {
      // TRUE/FALSE in a range are skipped, as SUM skips them.
      if (typeof cell === 'boolean') return;
      const value = amountOf(cell, wanted, (t) => valueError(say.rangeCell(r + 1, c + 1, t)));
      if (value !== null) sum = sum.plus(value);
    });
  });
  return toNumber(sum);
}

/**
 * Số tiền của một năm theo cách phân bổ của kế hoạch: mức từng năm ghi trong ô ("3.000 (600/năm)"), phần đã giải ngân, còn lại chia đều.
 * @customfunction NAM
 * @param amount Ô số tiền của dòng (số hoặc chữ).
 * @param time Ô thời gian thực hiện ("2021-2023", "Hàng năm", "02 năm/lần").
 * @param year Năm cần lấy.
 * @param [periodFrom] Năm đầu giai đoạn kế hoạch (cần cho "Hàng năm").
 * @param [periodTo] Năm cuối giai đoạn kế hoạch.
 * @returns Số tiền của năm đó, cùng đơn vị với số tiền (0 nếu năm đó không có).
 */
export function nam(amount: string | number, time: string | number, year: number, periodFrom?: number, periodTo?: number): number {
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 1000 || year > 9999) throw valueError(say.badYear);
  let period = null;
  if (!isBlank(periodFrom) || !isBlank(periodTo)) {
    period = { from: Number(periodFrom), to: Number(periodTo) };
    if (!isValidPeriod(period)) throw valueError(say.badPeriod);
  }
  if (typeof amount === 'string' && EXPONENT.test(amount)) throw valueError(say.exponent(amount.trim()));
  const money = isBlank(amount) ? null : parseMoney(amount);
  if (!money || money.value === null) {
    if (money?.dash) return 0;
    throw valueError(say.noAmount(asText(amount)));
  }
  const timeText = asText(time).trim();
  const reading = parseTime(typeof time === 'number' ? time : timeText, period);
  if (reading.pattern === 'unknown' || (reading.years.length === 0 && reading.pattern !== 'annual' && reading.pattern !== 'every_n')) {
    throw valueError(say.noTime(timeText));
  }
  if (reading.years.length === 0) throw valueError(say.annualNeedsPeriod(timeText));
  const { allocation } = allocateRow(money.value, money, reading);
  return toNumber(allocation.get(year) ?? ZERO);
}

/**
 * Hình thức đầu tư hay thuê dịch vụ của một ô "Tự đầu tư/Thuê": invest, lease, mixed, provided, free, pilot hoặc unknown.
 * @customfunction HINHTHUC
 * @param text Ô mô tả hình thức ("Thuê VNPT", "Tự đầu tư", …).
 * @returns Từ chỉ hình thức.
 */
export function hinhthuc(text: string): string {
  return parseMode(asText(text)).mode;
}

/**
 * Mã nguồn vốn của một ô "Nguồn vốn": NSTW, NSĐP, ODA, Khác hoặc Chưa rõ (nguồn đầu tiên nếu có nhiều).
 * @customfunction NGUON
 * @param text Ô nguồn vốn ("NSĐP (Vốn đầu tư)", "- NSTW: 4.000; - NSĐP: 1.000", …).
 * @returns Mã nguồn vốn.
 */
export function nguon(text: string): string {
  const first = parseSources(asText(text), (t) => parseMoney(t).value).parts[0];
  if (!first) throw valueError(say.noSource);
  return first.code;
}

/**
 * Giá thuê dịch vụ mỗi kỳ G_dv theo TT 12/2020/TT-BTTTT (bằng PMT của Excel nhân (1 + VAT)).
 * @customfunction THUE
 * @param buildCost Chi phí xây dựng T_đ, trước thuế.
 * @param depositRate Lãi suất tiền gửi bình quân N một năm (0,055 = 5,5%).
 * @param periodsPerYear Số kỳ thanh toán mỗi năm k (1, 2, 4, 12).
 * @param termYears Thời hạn thuê (năm).
 * @param [residual] Giá trị còn lại S cuối kỳ thuê (mặc định 0).
 * @param [vat] Thuế suất GTGT (0,1 = 10%; mặc định 0).
 * @param [atStart] TRUE nếu trả đầu kỳ (mặc định cuối kỳ).
 * @returns Giá thuê mỗi kỳ, cùng đơn vị với chi phí xây dựng.
 */
export function thue(buildCost: number, depositRate: number, periodsPerYear: number, termYears: number, residual?: number, vat?: number, atStart?: boolean): number {
  const names = say.params;
  for (const [name, v] of [[names.buildCost, buildCost], [names.depositRate, depositRate], [names.periodsPerYear, periodsPerYear], [names.termYears, termYears]] as const) {
    if (typeof v !== 'number' || !Number.isFinite(v)) throw valueError(say.notNumber(name));
  }
  // No one means a deposit rate or a VAT of 100 % or more: 5,5 was typed for 5,5 %, and reading
  // it as 550 % would give a payment that looks like a number and is nonsense.
  if (depositRate >= 1) throw valueError(say.percentRate(names.depositRate, String(depositRate).replace('.', ',')));
  if (typeof vat === 'number' && vat >= 1) throw valueError(say.percentRate(names.vat, String(vat).replace('.', ',')));
  try {
    return toNumber(leasePaymentPerPeriod({
      buildCost: new Decimal(buildCost),
      depositRate: new Decimal(depositRate),
      periodsPerYear,
      termYears,
      residual: typeof residual === 'number' ? new Decimal(residual) : null,
      vat: typeof vat === 'number' ? new Decimal(vat) : null,
      atStart: atStart === true,
    }));
  } catch (e) {
    // The core refuses impossible terms (0 periods, a fractional number of periods) with RangeError.
    if (e instanceof RangeError) throw numberError(say.badTerm);
    throw e;
  }
}

/**
 * Số tiền viết bằng chữ, như dòng "Bằng chữ:" dưới tổng cộng của dự toán: 1.900 (triệu đồng) → "Một tỷ chín trăm triệu đồng".
 * @customfunction BANGCHU
 * @param amount Ô hoặc chữ chứa số tiền.
 * @param [unit] Đơn vị của số tiền không ghi đơn vị: "đồng", "nghìn đồng", "triệu đồng" (mặc định), "tỷ đồng".
 * @returns Số tiền bằng chữ, làm tròn đến đồng.
 */
export function bangchu(amount: string | number, unit?: string): string {
  const wanted = unitArgument(unit) ?? 'triệu đồng';
  const value = amountOf(amount, wanted, (t) => valueError(say.noAmount(t)));
  if (value === null) throw valueError(say.noAmount(asText(amount)));
  const words = amountToWords(convertUnit(value, wanted, 'đồng'));
  if (words === null) throw numberError(say.outOfWords(asText(amount)));
  return words;
}

if (runtime) {
  runtime.associate('TIEN', tien);
  runtime.associate('CONG', cong);
  runtime.associate('NAM', nam);
  runtime.associate('HINHTHUC', hinhthuc);
  runtime.associate('NGUON', nguon);
  runtime.associate('THUE', thue);
  runtime.associate('BANGCHU', bangchu);
}
