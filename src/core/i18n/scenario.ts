// Texts of the invest-or-lease scenario, Vietnamese first: what each input field is called for
// an officer, what is wrong with a value, the notes that go with a result, the conventions of
// the comparison in words, and the summary the command line prints.
import { Decimal } from '../decimal';
import { formatAmount, formatFileSize } from './index';
import type { Lang, MoneyUnit } from '../types';

type Text = Record<Lang, string>;

const LABELS: Record<string, Text> = {
  '(root)': { vi: 'Phương án', en: 'The scenario' },
  name: { vi: 'Tên hệ thống', en: 'System name' },
  unit: { vi: 'Đơn vị tính', en: 'Unit' },
  startYear: { vi: 'Năm bắt đầu', en: 'Start year' },
  horizonYears: { vi: 'Thời gian so sánh (năm)', en: 'Horizon (years)' },
  discountRate: { vi: 'Tỷ lệ chiết khấu', en: 'Discount rate' },
  ruleSet: { vi: 'Bộ quy định áp dụng', en: 'Rule set' },
  decisionDate: { vi: 'Ngày quyết định', en: 'Decision date' },
  stateShare: { vi: 'Tỷ lệ vốn nhà nước', en: 'State share of the funding' },
  invest: { vi: 'Phương án đầu tư', en: 'The investment option' },
  'invest.costs': { vi: 'Các chi phí đầu tư', en: 'The investment costs' },
  'invest.costs.xayLap': { vi: 'Chi phí xây lắp', en: 'Installation cost' },
  'invest.costs.thietBi': { vi: 'Chi phí thiết bị, phần mềm', en: 'Equipment and software cost' },
  'invest.costs.quanLyDuAn': { vi: 'Chi phí quản lý dự án', en: 'Project management cost' },
  'invest.costs.tuVan': { vi: 'Chi phí tư vấn', en: 'Consulting cost' },
  'invest.costs.khac': { vi: 'Chi phí khác', en: 'Other cost' },
  'invest.contingencyRate': { vi: 'Tỷ lệ dự phòng của dự án', en: 'Project contingency rate' },
  'invest.escalationRate': { vi: 'Chỉ số trượt giá trong thời gian xây dựng', en: 'Price escalation during the build' },
  'invest.buildYears': { vi: 'Thời gian đầu tư xây dựng (năm)', en: 'Build period (years)' },
  'invest.annualOperatingCost': { vi: 'Chi phí vận hành mỗi năm sau đầu tư', en: 'Operating cost per year after the build' },
  'invest.usefulLifeYears': { vi: 'Thời gian sử dụng tài sản (năm)', en: 'Useful life of the asset (years)' },
  'invest.documentType': { vi: 'Loại báo cáo của dự án', en: 'Kind of project report' },
  'invest.source': { vi: 'Nguồn vốn đầu tư', en: 'Source of the investment' },
  'invest.operatingSource': { vi: 'Nguồn chi vận hành', en: 'Source of the operating costs' },
  lease: { vi: 'Phương án thuê', en: 'The lease option' },
  'lease.availability': { vi: 'Loại dịch vụ thuê', en: 'Kind of leased service' },
  'lease.buildCost': { vi: 'Chi phí xây dựng dịch vụ trước thuế (T_đ)', en: 'Build cost of the service before VAT (T_đ)' },
  'lease.depositRate': { vi: 'Lãi suất tiền gửi bình quân (N)', en: 'Average deposit rate (N)' },
  'lease.depositRates': { vi: 'Lãi suất của 3 ngân hàng', en: 'The three banks\' deposit rates' },
  'lease.periodsPerYear': { vi: 'Số kỳ thanh toán mỗi năm (k)', en: 'Payment periods per year (k)' },
  'lease.termYears': { vi: 'Thời hạn thuê (năm)', en: 'Lease term (years)' },
  'lease.payment': { vi: 'Thời điểm thanh toán', en: 'Payment timing' },
  'lease.residualValue': { vi: 'Giá trị còn lại (S)', en: 'Residual value (S)' },
  'lease.lessorUsefulLifeYears': { vi: 'Thời gian khấu hao tài sản của bên cho thuê (năm)', en: 'Lessor\'s depreciation life (years)' },
  'lease.vatRate': { vi: 'Thuế suất GTGT', en: 'VAT rate' },
  'lease.annualAdminCost': { vi: 'Chi phí quản trị, vận hành mỗi năm (G_v)', en: 'Administration and operation per year (G_v)' },
  'lease.annualMaintenanceCost': { vi: 'Chi phí bảo trì mỗi năm (G_bt)', en: 'Maintenance per year (G_bt)' },
  'lease.otherCost': { vi: 'Chi phí khác liên quan đến cung cấp dịch vụ (G_k)', en: 'Other costs of providing the service (G_k)' },
  'lease.managementCost': { vi: 'Chi phí quản lý của bên thuê', en: 'The lessee\'s management cost' },
  'lease.consultingCost': { vi: 'Chi phí tư vấn của bên thuê', en: 'The lessee\'s consulting cost' },
  'lease.otherEstimateCost': { vi: 'Chi phí khác của dự toán thuê (kiểm toán, thẩm định giá, kiểm thử)', en: 'Other estimate costs (audit, price appraisal, testing)' },
  'lease.contingencyRate': { vi: 'Tỷ lệ dự phòng của dự toán thuê', en: 'Lease estimate contingency rate' },
  'lease.marketPricePerYear': { vi: 'Giá thuê năm đầu (dịch vụ sẵn có, gồm thuế)', en: 'First-year price (market service, VAT included)' },
  'lease.escalationRate': { vi: 'Mức tăng chi phí thuê hằng năm', en: 'Yearly growth of lease costs' },
  'lease.source': { vi: 'Nguồn chi thuê', en: 'Source of the lease' },
  compare: { vi: 'Cách so sánh', en: 'Comparison settings' },
  'compare.residualCredit': { vi: 'Tính giá trị còn lại của tài sản đầu tư', en: 'Credit the asset\'s remaining value' },
  'compare.discounting': { vi: 'Cách chiết khấu', en: 'Discounting' },
  'compare.sameServiceYears': { vi: 'Cùng thời gian phục vụ', en: 'Same service years' },
};

const BANK_PART: Record<string, Text> = {
  bank: { vi: 'Tên ngân hàng', en: 'Name of bank' },
  oneYear: { vi: 'Lãi suất kỳ hạn 1 năm của ngân hàng', en: '1-year deposit rate of bank' },
  term: { vi: 'Lãi suất kỳ hạn theo thời hạn thuê của ngân hàng', en: 'Term deposit rate of bank' },
};

/** What a field is for an officer ("Chi phí tư vấn"); the key itself when it is not one of ours. */
export function fieldLabel(field: string, lang: Lang): string {
  const known = LABELS[field];
  if (known) return known[lang];
  const bank = /^lease\.depositRates\.(\d)(?:\.(bank|oneYear|term))?$/.exec(field);
  if (bank) return bank[2] ? `${BANK_PART[bank[2]][lang]} ${bank[1]}` : `${lang === 'vi' ? 'Ngân hàng thứ' : 'Bank'} ${bank[1]}`;
  return lang === 'vi' ? 'Trường' : 'Field';
}

export type FieldProblem =
  | { kind: 'missing' }
  | { kind: 'notNumber'; got: string }
  | { kind: 'ambiguous'; got: string; thousands: string; plain: string }
  | { kind: 'negative'; got: string }
  | { kind: 'tooLarge'; got: string; limit: Decimal; unit: MoneyUnit }
  | { kind: 'rateFraction'; got: string }
  | { kind: 'rateRange'; got: string; min: string }
  | { kind: 'whole'; got: string; min: number; max: number }
  | { kind: 'choice'; got: string; allowed: string }
  | { kind: 'text'; got: string }
  | { kind: 'tooLong'; max: number }
  | { kind: 'date'; got: string }
  | { kind: 'unknownKey'; near: string | null }
  | { kind: 'notObject' }
  | { kind: 'root' }
  | { kind: 'residualExceeds'; residual: string; buildCost: string }
  | { kind: 'noCost' }
  | { kind: 'banks'; got: string }
  | { kind: 'banksCount'; count: number }
  | { kind: 'bank'; got: string }
  | { kind: 'depositConflict'; typed: string; mean: string };

/** The problem in both languages, each naming the field as "Label (key)". */
export function fieldProblem(field: string, p: FieldProblem): Text {
  const name = (lang: Lang) => (p.kind === 'unknownKey' ? field : `${fieldLabel(field, lang)} (${field})`);
  const vi = name('vi');
  const en = name('en');
  switch (p.kind) {
    case 'missing': return { vi: `${vi} chưa có`, en: `${en} is missing` };
    case 'notNumber': return { vi: `${vi} không phải là số (${p.got})`, en: `${en} is not a number (${p.got})` };
    case 'ambiguous': return {
      vi: `${vi} không rõ (${p.got}): ghi ${p.thousands} nếu là hàng nghìn, hoặc ${p.plain}`,
      en: `${en} is ambiguous (${p.got}): write ${p.thousands} if you mean thousands, or ${p.plain} otherwise`,
    };
    case 'negative': return { vi: `${vi} không được âm (đang là ${p.got})`, en: `${en} must not be negative (got ${p.got})` };
    case 'tooLarge': {
      const limit = (lang: Lang) => `${formatAmount(lang, p.limit)} ${p.unit}`;
      return {
        vi: `${vi} vượt quá mức một ngân sách có thể có: tối đa ${limit('vi')} (1 triệu tỷ đồng), đang là ${p.got}`,
        en: `${en} is beyond what a budget can be: at most ${limit('en')} (10^15 đồng), got ${p.got}`,
      };
    }
    case 'rateFraction': return {
      vi: `${vi} phải là tỷ lệ như 0,05 hoặc "5%" (đang là ${p.got})`,
      en: `${en} must be a fraction such as 0.05 or a percentage such as "5%" (got ${p.got})`,
    };
    case 'rateRange': return { vi: `${vi} phải từ ${p.min}% đến dưới 100% (đang là ${p.got})`, en: `${en} must be from ${p.min}% to under 100% (got ${p.got})` };
    case 'whole': return {
      vi: `${vi} phải là số nguyên từ ${p.min} đến ${p.max} (đang là ${p.got})`,
      en: `${en} must be a whole number from ${p.min} to ${p.max} (got ${p.got})`,
    };
    case 'choice': return { vi: `${vi} phải là ${p.allowed} (đang là ${p.got})`, en: `${en} must be ${p.allowed} (got ${p.got})` };
    case 'text': return { vi: `${vi} phải là chữ (đang là ${p.got})`, en: `${en} must be a text (got ${p.got})` };
    case 'tooLong': return { vi: `${vi} dài quá ${p.max} ký tự`, en: `${en} is longer than ${p.max} characters` };
    case 'date': return { vi: `${vi} phải là ngày dạng 2026-09-15 hoặc 15/09/2026 (đang là ${p.got})`, en: `${en} must be a date such as 2026-09-15 or 15/09/2026 (got ${p.got})` };
    case 'unknownKey': return {
      vi: `${field} không phải là trường đã biết${p.near ? ` (có phải ${p.near}?)` : ''}`,
      en: `${field} is not a known field${p.near ? ` (did you mean ${p.near}?)` : ''}`,
    };
    case 'notObject': return { vi: `${vi} phải là một nhóm trường`, en: `${en} must be an object of fields` };
    case 'root': return {
      vi: 'Phương án phải là một đối tượng JSON gồm các trường (xem examples/scenario-soc.json)',
      en: 'The scenario must be a JSON object of fields (see examples/scenario-soc.json)',
    };
    case 'residualExceeds': return {
      vi: `${vi} không được lớn hơn chi phí xây dựng dịch vụ (lease.buildCost) (${p.residual} > ${p.buildCost})`,
      en: `${en} must not exceed the build cost (lease.buildCost) (${p.residual} > ${p.buildCost})`,
    };
    case 'noCost': return {
      vi: `${vi} phải có ít nhất một chi phí lớn hơn 0 (xayLap, thietBi, quanLyDuAn, tuVan, khac)`,
      en: `${en} must have at least one cost above 0 (xayLap, thietBi, quanLyDuAn, tuVan, khac)`,
    };
    case 'banks': return {
      vi: `${vi} phải là danh sách 3 ngân hàng, mỗi ngân hàng gồm bank, oneYear, term (đang là ${p.got})`,
      en: `${en} must be a list of 3 banks, each with bank, oneYear, term (got ${p.got})`,
    };
    case 'banksCount': return {
      vi: `${vi} phải có đúng 3 ngân hàng thương mại trong nước (Thông tư 12/2020/TT-BTTTT, Điều 6 khoản 2), đang có ${p.count}`,
      en: `${en} must list exactly 3 domestic commercial banks (Thông tư 12/2020/TT-BTTTT, Điều 6 khoản 2), got ${p.count}`,
    };
    case 'bank': return { vi: `${vi} phải gồm bank, oneYear, term (đang là ${p.got})`, en: `${en} must have bank, oneYear, term (got ${p.got})` };
    case 'depositConflict': return {
      vi: `${vi} ${p.typed} khác bình quân lãi suất của 3 ngân hàng (${p.mean}): chỉ ghi một trong hai`,
      en: `${en} ${p.typed} differs from the mean of the three banks' rates (${p.mean}): give one of them`,
    };
  }
}

/** Both languages on one line, as the command line's refusals are written. */
export function bilingual(t: Text): string {
  return `${t.vi} / ${t.en}`;
}

/** Notes that go with a result: what the comparison assumed where the law is silent. */
export const scenarioNotes = {
  conventions: (o: { residualCredit: boolean; discounting: 'payment' | 'year-end'; sameServiceYears: boolean }): Text[] => [
    o.discounting === 'payment'
      ? {
        vi: 'Chiết khấu từng khoản vào đúng lúc chi: t tính bằng năm từ 01/01 năm bắt đầu, hệ số (1 + tỷ lệ chiết khấu)^(−t); tiền thuê trả theo kỳ chiết khấu theo từng kỳ (đầu kỳ hay cuối kỳ), chi phí hằng năm vào cuối năm.',
        en: 'Each payment discounted when it is paid: t in years from 1 January of the start year, factor (1 + discount rate)^(−t); lease payments per period (start or end), yearly costs at year ends.',
      }
      : {
        vi: 'Quy ước cũ: mọi khoản chi trong năm chiết khấu vào cuối năm đó (như hàm NPV của Excel), kể cả tiền thuê trả đầu kỳ.',
        en: 'Old convention: every payment of a year discounted at the end of that year (as Excel\'s NPV), start-of-period lease payments included.',
      },
    o.sameServiceYears
      ? {
        vi: 'Hai phương án phục vụ từ cùng một thời điểm: dịch vụ thuê bắt đầu khi tài sản đầu tư được nghiệm thu (sau thời gian xây dựng); thời hạn thuê tính từ nghiệm thu (Nghị định 73/2019/NĐ-CP, Điều 58 khoản 3).',
        en: 'Both options serve from the same moment: the lease starts when the investment is accepted (after its build); a lease term runs from acceptance (Nghị định 73/2019/NĐ-CP, Điều 58 khoản 3).',
      }
      : {
        vi: 'Quy ước cũ: dịch vụ thuê bắt đầu từ năm đầu, trong khi tài sản đầu tư chỉ phục vụ sau thời gian xây dựng.',
        en: 'Old convention: the lease starts in year one, while the investment serves only after its build.',
      },
    o.residualCredit
      ? {
        vi: 'Giá trị còn lại của tài sản đầu tư ở cuối thời gian so sánh (khấu hao đường thẳng từ khi nghiệm thu) được trừ vào phương án đầu tư, chiết khấu về hiện tại.',
        en: 'The invested asset\'s remaining value at the horizon (straight line from acceptance) is credited to the investment, discounted to today.',
      }
      : {
        vi: 'Quy ước cũ: không tính giá trị còn lại của tài sản đầu tư sau thời gian so sánh.',
        en: 'Old convention: the invested asset\'s remaining value after the horizon is not credited.',
      },
    {
      vi: 'Tổng mức đầu tư chi đều vào cuối mỗi năm xây dựng; chi phí vận hành hằng năm vào cuối năm; các chi phí một lần của phương án thuê (G_k, quản lý, tư vấn, khác) vào cuối năm thuê đầu tiên; dự phòng của dự toán thuê tính trên mọi khoản thuê và chi cùng lúc với chúng; giá thuê dịch vụ sẵn có trả mỗi năm một lần, đầu hoặc cuối năm thuê theo thời điểm thanh toán.',
      en: 'The total investment is paid in equal shares at the end of each build year; running costs at year ends; the lease\'s one-off costs (G_k, management, consulting, other) at the end of its first year; the lease estimate\'s contingency on every lease cost, paid with them; a market service is paid once a year, at the start or end of each lease year as the payment timing says.',
    },
  ],
  horizonTerm: (horizon: number, build: number, offset: number, term: number): Text => ({
    vi: `Hai phương án không phục vụ cùng số năm: dịch vụ thuê ${term} năm (đến năm thứ ${offset + term}), tài sản đầu tư ${Math.max(horizon - build, 0)} năm trong thời gian so sánh ${horizon} năm (phần còn lại tính bằng giá trị còn lại). Để so sánh cùng số năm phục vụ, đặt thời gian so sánh bằng ${build + term} năm (xây dựng + thời hạn thuê).`,
    en: `The options do not serve the same number of years: the lease ${term} years (to year ${offset + term}), the investment ${Math.max(horizon - build, 0)} years within the ${horizon}-year horizon (the rest counted as its remaining value). For equal service years, set the horizon to ${build + term} years (build + lease term).`,
  }),
  lessorLife: (life: number): Text => ({
    vi: `Chưa có thời gian khấu hao của bên cho thuê (lease.lessorUsefulLifeYears): S tính theo thời gian sử dụng tài sản của cơ quan (${life} năm).`,
    en: `No lessor's depreciation life (lease.lessorUsefulLifeYears): S uses the agency's asset life (${life} years).`,
  }),
  banks: (list: string, mean: string): Text => ({
    vi: `N là bình quân lãi suất kỳ hạn 1 năm và kỳ hạn theo thời hạn thuê của ${list} = ${mean} (Thông tư 12/2020/TT-BTTTT, Điều 6 khoản 2).`,
    en: `N is the mean of the 1-year and term deposit rates of ${list} = ${mean} (Thông tư 12/2020/TT-BTTTT, Điều 6 khoản 2).`,
  }),
  documentGuess: (kind: Text, threshold: string): Text => ({
    vi: `Chưa ghi loại báo cáo (invest.documentType): coi là ${kind.vi} theo tổng mức đầu tư so với ngưỡng thiết kế một bước (${threshold}); mức dự phòng tối đa so với tỷ lệ dự phòng khối lượng, không gồm trượt giá.`,
    en: `No report kind given (invest.documentType): taken as ${kind.en} from the total against the one-step design threshold (${threshold}); the contingency cap is compared with the quantity contingency rate, escalation apart.`,
  }),
  depositTyped: {
    vi: 'N được nhập trực tiếp: kế hoạch thuê cần nêu lãi suất 3 ngân hàng thương mại trong nước trong vòng 6 tháng trước phê duyệt (Thông tư 12/2020/TT-BTTTT, Điều 6 khoản 2).',
    en: 'N was typed: a lease plan must show three domestic banks\' rates within 6 months before approval (Thông tư 12/2020/TT-BTTTT, Điều 6 khoản 2).',
  } as Text,
  quotePrice: (law: string): Text => ({
    vi: `Theo ${law} (Điều 67 khoản 3), giá thuê trong dự toán lấy từ báo giá, kết quả lựa chọn nhà thầu, thẩm định giá hoặc giá niêm yết, không theo công thức của Thông tư 12/2020: tiền thuê theo kỳ ở đây là mô hình thu hồi vốn của bên cho thuê, dùng để so sánh; khi có báo giá, so sánh theo giá đó.`,
    en: `Under ${law} (Điều 67 khoản 3) an estimate's lease price comes from quotes, tender results, price appraisal or list prices, not Thông tư 12/2020's formula: the payment per period here models the lessor's cost recovery, for comparison; with a quote, compare with that.`,
  }),
  preferMarket: (law: string): Text => ({
    vi: `${law}, Điều 36 khoản 4: ưu tiên thuê dịch vụ sẵn có trên thị trường; không thuê dịch vụ để nâng cấp, mở rộng hệ thống đã đầu tư.`,
    en: `${law}, Điều 36 khoản 4: market services are preferred; no lease to upgrade or extend a system already invested in.`,
  }),
  noContingencyCap: (law: string): Text => ({
    vi: `${law} không đặt mức tối đa theo tỷ lệ cho chi phí dự phòng (Điều 49 khoản 7): không kiểm tra tỷ lệ dự phòng.`,
    en: `${law} sets no percentage cap on contingency (Điều 49 khoản 7): the contingency rate is not checked.`,
  }),
};

/** The two options as the findings name them. */
export const OPTION: Record<'invest' | 'lease' | 'market' | 'custom', Text> = {
  invest: { vi: 'Phương án đầu tư, tổng mức đầu tư', en: 'Invest, total investment' },
  lease: { vi: 'Phương án thuê, dự toán thuê', en: 'Lease, lease estimate' },
  market: { vi: 'Phương án thuê dịch vụ sẵn có, dự toán thuê', en: 'Lease of a market service, lease estimate' },
  custom: { vi: 'Phương án thuê dịch vụ theo yêu cầu riêng, dự toán thuê', en: 'Lease of a custom-built service, lease estimate' },
};

export const ESTIMATE_KIND: Record<'bckt' | 'feasibility', Text> = {
  bckt: { vi: 'dự án lập báo cáo kinh tế - kỹ thuật', en: 'a project with an economic-technical report' },
  feasibility: { vi: 'dự án lập báo cáo nghiên cứu khả thi', en: 'a project with a feasibility study' },
};

export const CHEAPER: Record<Lang, Record<'invest' | 'lease' | 'equal', string>> = {
  vi: { invest: 'ĐẦU TƯ rẻ hơn', lease: 'THUÊ rẻ hơn', equal: 'hai phương án bằng nhau' },
  en: { invest: 'INVESTING is cheaper', lease: 'LEASING is cheaper', equal: 'both options are equal' },
};

export const SWITCHING_NAMES: Record<string, Text> = {
  buildCost: { vi: 'Chi phí xây dựng dịch vụ (T_đ)', en: 'Build cost of the service (T_đ)' },
  residualValue: { vi: 'Giá trị còn lại (S)', en: 'Residual value (S)' },
  depositRate: { vi: 'Lãi suất tiền gửi bình quân (N)', en: 'Average deposit rate (N)' },
  discountRate: { vi: 'Tỷ lệ chiết khấu', en: 'Discount rate' },
  annualOperatingCost: { vi: 'Chi phí vận hành mỗi năm', en: 'Operating cost per year' },
  usefulLifeYears: { vi: 'Thời gian sử dụng tài sản (năm)', en: 'Useful life (years)' },
};

/** The command line's one-line refusals for the scenario file. */
export const scenarioCli = {
  tooBig: (file: string, bytes: number, maxBytes: number): string =>
    bilingual({
      vi: `${file}: tệp quá lớn (${formatFileSize('vi', bytes)}) cho một phương án; tối đa ${formatFileSize('vi', maxBytes)}`,
      en: `${file}: too large (${formatFileSize('en', bytes)}) for a scenario; at most ${formatFileSize('en', maxBytes)}`,
    }),
  notJson: (file: string, detail: string): string =>
    bilingual({ vi: `${file}: không phải JSON hợp lệ (${detail})`, en: `${file}: not valid JSON (${detail})` }),
  noFile: (file: string): string => bilingual({ vi: `${file}: không có tệp này`, en: `${file}: no such file` }),
  wrongType: (file: string, how: string): string =>
    bilingual({ vi: `${file}: cần tệp .json hoặc .xlsx (${how})`, en: `${file}: expected a .json or .xlsx file (${how})` }),
  notWorkbook: (file: string, detail: string): string =>
    bilingual({ vi: `${file}: không đọc được như tệp .xlsx (hỏng, có mật khẩu hoặc định dạng khác?): ${detail}`, en: `${file}: cannot be read as an .xlsx workbook (corrupt, password-protected or another format?): ${detail}` }),
  noSheet: (file: string): string =>
    bilingual({
      vi: `${file}: không thấy trang phương án: cần một cột khóa (startYear, discountRate, invest.costs.thietBi …) với giá trị bên cạnh; xem examples/scenario-soc.xlsx`,
      en: `${file}: no scenario sheet found — a sheet needs a column of keys (startYear, discountRate, invest.costs.thietBi …) with values beside them; see examples/scenario-soc.xlsx`,
    }),
  duplicateKey: (key: string, first: string, second: string): Text => ({
    vi: `${key} xuất hiện hai lần (${first} và ${second}): giữ một`,
    en: `${key} appears twice (${first} and ${second}): keep one`,
  }),
  /** `sheet`: the name used (another when a sheet of the user's already had ours). */
  wrote: (lang: Lang, out: string, sheet = 'NS Phương án'): string => (lang === 'vi' ? `Đã ghi trang "${sheet}" vào ${out}` : `Wrote the "${sheet}" sheet to ${out}`),
};

/** The lines `ngansach scenario` prints, in the reader's language (amounts arrive formatted). */
export const scenarioSummary: Record<Lang, {
  head: (name: string, years: string, rate: string) => string;
  law: string;
  invest: (v: string, contingency: string) => string;
  investTotals: (total: string, pv: string, residual: string, credited: boolean) => string;
  custom: (payment: string, periods: number, r: string, n: string, s: string) => string;
  market: (first: string, years: number) => string;
  leaseTotals: (gt: string, estimate: string, pv: string) => string;
  byYear: string;
  year: (year: number, dtpt: string, ctx: string, lease: string) => string;
  result: (cheaper: string, diff: string) => string;
  breakEven: (year: number | null) => string;
  switching: string;
  switchingNone: string;
  sensitivity: (parts: string) => string;
  discount: string;
  growth: string;
  flips: string;
  holds: string;
  note: string;
  unnamed: string;
}> = {
  vi: {
    head: (name, years, rate) => `Phương án: ${name} — so sánh ${years}, chiết khấu ${rate}/năm`,
    law: 'Căn cứ',
    invest: (v, contingency) => `Đầu tư: tổng mức đầu tư V = ${v} (dự phòng ${contingency})`,
    investTotals: (total, pv, residual, credited) => `  tổng danh nghĩa ${total}; giá trị còn lại cuối kỳ ${residual}${credited ? ' (đã trừ)' : ' (không trừ)'}; giá trị hiện tại ${pv}`,
    custom: (payment, periods, r, n, s) => `Thuê theo yêu cầu riêng: G_dv = ${payment}/kỳ × ${periods} kỳ (N = ${n}, r = ${r}, S = ${s})`,
    market: (first, years) => `Thuê dịch vụ sẵn có: ${first} năm đầu, ${years} năm`,
    leaseTotals: (gt, estimate, pv) => `  chi phí thuê G_t ${gt}; dự toán thuê (5 phần) ${estimate}; giá trị hiện tại ${pv}`,
    byYear: 'Nhu cầu vốn theo năm (đầu tư ĐTPT / CTX; thuê CTX):',
    year: (year, dtpt, ctx, lease) => `  ${year}: đầu tư ${dtpt} / ${ctx}; thuê ${lease}`,
    result: (cheaper, diff) => `Kết quả: ${cheaper}; chênh lệch giá trị hiện tại (thuê − đầu tư) ${diff}`,
    breakEven: (year) => `Năm hòa vốn: ${year ?? 'không có (lũy kế thuê không vượt lũy kế đầu tư)'}`,
    switching: 'Giá trị đổi kết luận:',
    switchingNone: 'không đổi trong ±50%',
    sensitivity: (parts) => `Độ nhạy (chênh lệch): ${parts}`,
    discount: 'chiết khấu',
    growth: 'tăng giá thuê',
    flips: '  Kết luận ĐỔI trong phạm vi ±2 điểm phần trăm: cần cân nhắc thêm.',
    holds: '  Kết luận giữ nguyên trong phạm vi ±2 điểm phần trăm.',
    note: 'Lưu ý',
    unnamed: '(không tên)',
  },
  en: {
    head: (name, years, rate) => `Scenario: ${name} — compared over ${years}, discount rate ${rate} a year`,
    law: 'Law',
    invest: (v, contingency) => `Invest: total investment V = ${v} (contingency ${contingency})`,
    investTotals: (total, pv, residual, credited) => `  nominal total ${total}; remaining value at the horizon ${residual}${credited ? ' (credited)' : ' (not credited)'}; present value ${pv}`,
    custom: (payment, periods, r, n, s) => `Custom lease: G_dv = ${payment} a period × ${periods} periods (N = ${n}, r = ${r}, S = ${s})`,
    market: (first, years) => `Market lease: ${first} in the first year, ${years} years`,
    leaseTotals: (gt, estimate, pv) => `  lease cost G_t ${gt}; lease estimate (five parts) ${estimate}; present value ${pv}`,
    byYear: 'Budget needs by year (invest ĐTPT / CTX; lease CTX):',
    year: (year, dtpt, ctx, lease) => `  ${year}: invest ${dtpt} / ${ctx}; lease ${lease}`,
    result: (cheaper, diff) => `Result: ${cheaper}; present-value difference (lease − invest) ${diff}`,
    breakEven: (year) => `Break-even year: ${year ?? 'none (cumulative lease never exceeds invest)'}`,
    switching: 'Switching values:',
    switchingNone: 'holds within ±50%',
    sensitivity: (parts) => `Sensitivity (difference): ${parts}`,
    discount: 'discount',
    growth: 'lease growth',
    flips: '  The answer CHANGES within ±2 points: weigh it carefully.',
    holds: '  The answer holds within ±2 points.',
    note: 'Note',
    unnamed: '(unnamed)',
  },
};

/** The pane's words for the fields and choices the scenario added (the older ones live with the pane's texts). */
export const scenarioPane: Record<Lang, {
  compare: string;
  banks: string;
  ruleSetAuto: string;
  documentAuto: string;
  documentBckt: string;
  documentFeasibility: string;
  sourceUnknown: string;
  yes: string;
  noOld: string;
  discountPayment: string;
  discountYearEnd: string;
  decisionDateHint: string;
  lessorLifeHint: string;
  banksHint: string;
  law: string;
  residualValue: string;
  estimateTotal: string;
  depositRate: string;
  switching: string;
  switchingInput: string;
  switchingNow: string;
  switchingValue: string;
  switchingNone: string;
}> = {
  vi: {
    compare: 'Cách so sánh',
    banks: 'Lãi suất 3 ngân hàng (để tính N)',
    ruleSetAuto: 'Theo ngày quyết định',
    documentAuto: 'Theo tổng mức đầu tư',
    documentBckt: 'Báo cáo kinh tế - kỹ thuật',
    documentFeasibility: 'Báo cáo nghiên cứu khả thi',
    sourceUnknown: 'Chưa rõ',
    yes: 'Có',
    noOld: 'Không (quy ước cũ)',
    discountPayment: 'Khi thanh toán',
    discountYearEnd: 'Cuối năm, như NPV (quy ước cũ)',
    decisionDateHint: 'Ví dụ 15/09/2026. Để trống: 01/01 của năm bắt đầu.',
    lessorLifeHint: 'Để trống: bằng thời gian sử dụng tài sản đầu tư.',
    banksHint: 'Nếu ghi đủ 3 ngân hàng, N là bình quân 6 mức lãi suất (Thông tư 12/2020, Điều 6).',
    law: 'Căn cứ áp dụng',
    residualValue: 'Giá trị còn lại của tài sản đầu tư cuối kỳ so sánh',
    estimateTotal: 'Dự toán thuê (5 phần, Điều 55)',
    depositRate: 'Lãi suất N đã dùng',
    switching: 'Giá trị đổi kết luận',
    switchingInput: 'Thông số',
    switchingNow: 'Hiện tại',
    switchingValue: 'Đổi kết luận khi',
    switchingNone: 'không đổi trong ±50%',
  },
  en: {
    compare: 'Comparison',
    banks: 'Three banks\' rates (for N)',
    ruleSetAuto: 'By the decision date',
    documentAuto: 'By the total investment',
    documentBckt: 'Economic-technical report',
    documentFeasibility: 'Feasibility study',
    sourceUnknown: 'Not known',
    yes: 'Yes',
    noOld: 'No (old convention)',
    discountPayment: 'When paid',
    discountYearEnd: 'At year end, as NPV (old convention)',
    decisionDateHint: 'E.g. 15/09/2026. Blank: 1 January of the start year.',
    lessorLifeHint: 'Blank: the invested asset\'s life.',
    banksHint: 'With all three banks, N is the mean of the six rates (Thông tư 12/2020, Điều 6).',
    law: 'Law applied',
    residualValue: 'Remaining value of the invested asset at the horizon',
    estimateTotal: 'Lease estimate (five parts, Điều 55)',
    depositRate: 'N used',
    switching: 'Switching values',
    switchingInput: 'Input',
    switchingNow: 'Now',
    switchingValue: 'Flips at',
    switchingNone: 'holds within ±50%',
  },
};
