// The Excel custom functions' error messages (=NGANSACH.TIEN, CONG, NAM, NGUON, THUE, BANGCHU), shown in
// the cell's error tooltip. Vietnamese first; English for the same catalog's other doors.
import type { Lang } from '../types';

export interface FunctionTexts {
  unknownUnit: (unit: string) => string;
  booleanNotAmount: string;
  noAmount: (text: string) => string;
  exponent: (text: string) => string;
  notNumber: (name: string) => string;
  percentRate: (name: string, typed: string) => string;
  badTerm: string;
  noSource: string;
  rangeCell: (row: number, col: number, text: string) => string;
  noTime: (text: string) => string;
  annualNeedsPeriod: (text: string) => string;
  badPeriod: string;
  badYear: string;
  outOfWords: (text: string) => string;
  /** Parameter names as the function's help names them. */
  params: { buildCost: string; depositRate: string; periodsPerYear: string; termYears: string; residual: string; vat: string };
}

const vi: FunctionTexts = {
  unknownUnit: (unit) => `Không hiểu đơn vị "${unit}"; dùng đồng, nghìn đồng, triệu đồng hoặc tỷ đồng.`,
  booleanNotAmount: 'Ô này là TRUE/FALSE, không phải số tiền.',
  noAmount: (text) => `Không đọc được số tiền trong "${text}". Ghi số tiền theo dạng 1.234,5 (có thể kèm đơn vị: 1,26 tỷ).`,
  exponent: (text) => `"${text}" là cách viết số mũ, không phải số tiền. Ghi đầy đủ, ví dụ 1.000.`,
  notNumber: (name) => `${name} phải là một số.`,
  percentRate: (name, typed) => `${name} ${typed} trông như số phần trăm. Ghi dạng tỷ lệ: 5,5% là 0,055 (hoặc gõ 5,5%).`,
  badTerm: 'Số kỳ thanh toán mỗi năm phải là số nguyên dương, và thời hạn thuê × số kỳ phải ra số kỳ nguyên.',
  noSource: 'Ô không ghi nguồn vốn.',
  rangeCell: (row, col, text) => `Ô dòng ${row}, cột ${col} của vùng ("${text}") không đọc được số tiền. Sửa ô đó hoặc bỏ nó khỏi vùng.`,
  noTime: (text) => `Không đọc được thời gian thực hiện "${text}". Ghi dạng 2021-2023, "2021, 2022" hoặc "Hàng năm".`,
  annualNeedsPeriod: (text) => `"${text}" là hằng năm hoặc định kỳ: cần giai đoạn kế hoạch (tham số từ năm, đến năm).`,
  badPeriod: 'Giai đoạn cần cả năm đầu và năm cuối, năm đầu không lớn hơn năm cuối (ví dụ 2021 và 2025).',
  badYear: 'Năm phải là số năm có bốn chữ số, ví dụ 2023.',
  outOfWords: (text) => `Không viết được "${text}" bằng chữ: số tiền phải không âm và dưới một tỷ tỷ đồng.`,
  params: {
    buildCost: 'Chi phí xây dựng', depositRate: 'Lãi suất tiền gửi', periodsPerYear: 'Số kỳ mỗi năm',
    termYears: 'Thời hạn thuê', residual: 'Giá trị còn lại', vat: 'Thuế GTGT',
  },
};

const en: FunctionTexts = {
  unknownUnit: (unit) => `Unknown unit "${unit}"; use đồng, nghìn đồng, triệu đồng or tỷ đồng.`,
  booleanNotAmount: 'This cell is TRUE/FALSE, not an amount.',
  noAmount: (text) => `No amount can be read in "${text}". Write it like 1.234,5 (a unit may follow: 1,26 tỷ).`,
  exponent: (text) => `"${text}" is exponent notation, not an amount. Write it out, e.g. 1.000.`,
  notNumber: (name) => `${name} must be a number.`,
  percentRate: (name, typed) => `${name} ${typed} looks like a percentage. Write it as a rate: 5.5% is 0.055 (or type 5.5%).`,
  badTerm: 'Payments per year must be a positive whole number, and term × payments per year a whole number of periods.',
  noSource: 'The cell names no funding source.',
  rangeCell: (row, col, text) => `The cell in row ${row}, column ${col} of the range ("${text}") holds no readable amount. Fix it or leave it out of the range.`,
  noTime: (text) => `The time "${text}" cannot be read. Write it like 2021-2023, "2021, 2022" or "Hàng năm".`,
  annualNeedsPeriod: (text) => `"${text}" repeats every year or every few years: the plan period is needed (from year, to year).`,
  badPeriod: 'The period needs a first and a last year, the first not after the last (e.g. 2021 and 2025).',
  badYear: 'The year must be a four-digit year, e.g. 2023.',
  outOfWords: (text) => `"${text}" cannot be written in words: the amount must not be negative and below a billion billion đồng.`,
  params: {
    buildCost: 'Build cost', depositRate: 'Deposit rate', periodsPerYear: 'Payments per year',
    termYears: 'Lease term', residual: 'Residual value', vat: 'VAT',
  },
};

export const functionTexts: Record<Lang, FunctionTexts> = { vi, en };
