// Excel custom functions (namespace NGANSACH, set in manifest.xml). Each is one line over the
// same core the CLI and the task pane use, so =NGANSACH.TIEN("1,26 tỷ") and `ngansach money`
// always agree. The JSDoc blocks are the functions' metadata: webpack's
// custom-functions-metadata-plugin turns them into functions.json. Amounts stay Decimal until
// the very last step, where a cell needs a JS number.
import { Decimal } from '../core/decimal';
import { parseMoney, parseUnit } from '../core/money';
import { parseMode } from '../core/mode';
import { parseSources } from '../core/sources';
import { leasePaymentPerPeriod } from '../core/scenario';

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

/**
 * Đọc số tiền viết kiểu Việt Nam ("1,26 tỷ", "35.388,5", "500 triệu đồng") và trả về số theo đơn vị.
 * @customfunction TIEN
 * @param text Ô hoặc chữ chứa số tiền.
 * @param [unit] Đơn vị kết quả và của số không ghi đơn vị: "đồng", "nghìn đồng", "triệu đồng" (mặc định), "tỷ đồng".
 * @returns Số tiền theo đơn vị đã chọn.
 */
export function tien(text: string | number, unit?: string): number {
  const wanted = unit === undefined || unit === null || String(unit).trim() === '' ? undefined : parseUnit(String(unit));
  if (wanted === null) throw valueError(`Không hiểu đơn vị "${String(unit)}"; dùng đồng, nghìn đồng, triệu đồng hoặc tỷ đồng.`);
  if (typeof text === 'boolean') throw valueError('Ô này là TRUE/FALSE, không phải số tiền.');
  const reading = parseMoney(text, { unit: wanted });
  if (reading.value === null) throw valueError(reading.reason ?? `Không đọc được số tiền trong "${asText(text)}".`);
  return toNumber(reading.value);
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
  if (!first) throw valueError('Ô không ghi nguồn vốn.');
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
  for (const [name, v] of [['buildCost', buildCost], ['depositRate', depositRate], ['periodsPerYear', periodsPerYear], ['termYears', termYears]] as const) {
    if (typeof v !== 'number' || !Number.isFinite(v)) throw valueError(`${name} phải là một số.`);
  }
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
    if (e instanceof RangeError) throw numberError(e.message);
    throw e;
  }
}

if (runtime) {
  runtime.associate('TIEN', tien);
  runtime.associate('HINHTHUC', hinhthuc);
  runtime.associate('NGUON', nguon);
  runtime.associate('THUE', thue);
}
