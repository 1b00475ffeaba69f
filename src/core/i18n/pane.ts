// Every word the task pane (and its preview page) shows, Vietnamese first, English on the
// switch. Components read texts from here only, so a missing translation is a type error, not a
// blank label. The core does not know the Excel adapter, so host failures are keyed by the
// adapter's kind strings; the pane's use of `errors[kind]` fails to compile if one is missing.
import type { FindingCode, Lang, Severity } from '../types';

/** The adapter's HostErrorKind values, as strings (src/excel/host.ts). */
export type HostErrorKey = 'busy' | 'protected' | 'empty' | 'too-large' | 'not-found' | 'unsupported' | 'other';

/** A group of findings of one code, with how many there are ("8 mục có năm ngoài giai đoạn"); the count arrives formatted ("3.000"). */
export type GroupTitles = Record<FindingCode, (count: string) => string>;

export interface Texts {
  appTitle: string;
  languageSwitch: string;
  tabs: { check: string; summary: string; scenario: string };
  working: string;
  /** Excel holds the request until the user leaves the cell being edited. */
  waitingForCellEdit: string;
  dismiss: string;
  retry: string;

  check: {
    run: string;
    selectionOnly: string;
    intro: string;
    noTable: string;
    tableLine: (sheet: string, range: string, rows: string) => string;
    severity: Record<Severity, string>;
    noFindings: string;
    totalLine: string;
    statedTotalLine: string;
    mark: string;
    clearMarks: string;
    writeSheet: string;
    marked: (cells: number) => string;
    cleared: (cells: number) => string;
    written: (sheet: string) => string;
    findingCellless: string;
    selectHint: string;
    progress: { read: string; check: string; write: string; mark: string; clear: string };
    progressLabel: string;
    group: GroupTitles;
    filterSeverity: string;
    filterArea: string;
    areaAll: string;
    areaTable: (sheet: string, range: string) => string;
    areaColumn: (column: string) => string;
    areaWhole: string;
    shown: (shown: string, total: string) => string;
    noneMatch: string;
    groupList: (title: string) => string;
    live: string;
    liveHint: string;
    rechecked: (cells: string) => string;
    settingsChanged: string;
    recheckNow: string;
  };

  settings: {
    title: string;
    periodFrom: string;
    periodTo: string;
    periodHint: string;
    unit: string;
    unitAuto: string;
    securityShare: string;
    securityShareHint: string;
    ruleSet: string;
    save: string;
    saved: string;
    badPeriod: string;
    badShare: string;
  };

  summary: {
    needCheck: string;
    table: string;
    total: string;
    statedTotal: string;
    bySource: string;
    byType: string;
    byYear: string;
    year: string;
    sum: string;
    chartTitle: string;
    /** No money of the table has a year (a survey): no chart, no table by year. */
    noYears: string;
    unitNote: (unit: string) => string;
    writeSheet: string;
    none: string;
  };

  scenario: {
    intro: string;
    general: string;
    name: string;
    unit: string;
    startYear: string;
    horizonYears: string;
    discountRate: string;
    invest: string;
    xayLap: string;
    thietBi: string;
    quanLyDuAn: string;
    tuVan: string;
    khac: string;
    contingencyRate: string;
    investEscalation: string;
    buildYears: string;
    annualOperatingCost: string;
    usefulLifeYears: string;
    lease: string;
    availability: string;
    availabilityCustom: string;
    availabilityMarket: string;
    buildCost: string;
    depositRate: string;
    periodsPerYear: string;
    termYears: string;
    payment: string;
    paymentEnd: string;
    paymentStart: string;
    residualValue: string;
    residualHint: string;
    vatRate: string;
    annualAdminCost: string;
    annualMaintenanceCost: string;
    otherCost: string;
    marketPricePerYear: string;
    leaseEscalation: string;
    percentHint: string;
    compute: string;
    fixErrors: string;
    notNumber: string;
    result: string;
    pvInvest: string;
    pvLease: string;
    totalInvest: string;
    totalLease: string;
    totalInvestment: string;
    periodPayment: (periods: number) => string;
    difference: string;
    cheaper: Record<'invest' | 'lease' | 'equal', string>;
    breakEven: string;
    noBreakEven: string;
    sensitivity: string;
    sensDiscount: string;
    sensEscalation: string;
    rate: string;
    cashFlow: string;
    investLegend: string;
    leaseLegend: string;
    findings: string;
    notes: string;
    writeSheet: string;
  };

  errors: Record<HostErrorKey, string> & {
    unexpected: (detail: string) => string;
    title: string;
    /** A write aimed at a sheet that is not one of the add-in's own (a guard: the pane never asks it). */
    notOwnSheet: (own: string, name: string) => string;
  };
  noOffice: { title: string; body: string; previewLink: string };
  /** Shown by taskpane.html itself when the webview cannot run the pane's scripts. */
  oldEngine: { title: string; body: string };
  preview: {
    title: (source: string) => string;
    openFile: string;
    editMode: string;
    opened: (file: string, sheets: number) => string;
    openFailed: (file: string, reason: string) => string;
    noSheets: string;
  };
}

export const vi: Texts = {
  appTitle: 'Ngân sách CNTT',
  languageSwitch: 'English',
  tabs: { check: 'Kiểm tra', summary: 'Tổng hợp', scenario: 'Thuê hay Đầu tư' },
  working: 'Đang xử lý…',
  waitingForCellEdit: 'Excel đang chờ bạn sửa xong ô (nhấn Enter hoặc Esc); việc kiểm tra sẽ tiếp tục ngay sau đó…',
  dismiss: 'Đóng',
  retry: 'Thử lại',

  check: {
    run: 'Kiểm tra',
    selectionOnly: 'Chỉ vùng chọn',
    intro: 'Mở sheet có bảng kế hoạch (danh mục dự án, nhiệm vụ CNTT) rồi bấm Kiểm tra. Ô của bạn không bị thay đổi.',
    noTable: 'Không tìm thấy bảng ngân sách trên sheet này: cần một dòng tiêu đề có cột số thứ tự, tên và số tiền.',
    tableLine: (sheet, range, rows) => `Bảng ${sheet}!${range}: ${rows} dòng`,
    severity: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' },
    noFindings: 'Không phát hiện vấn đề nào.',
    totalLine: 'Tổng các mục',
    statedTotalLine: 'Tổng ghi trong bảng',
    mark: 'Đánh dấu ô',
    clearMarks: 'Xóa đánh dấu',
    writeSheet: 'Ghi sheet NS Kiểm tra',
    marked: (cells) => `Đã đánh dấu ${cells} ô.`,
    cleared: (cells) => `Đã xóa đánh dấu ở ${cells} ô.`,
    written: (sheet) => `Đã ghi sheet "${sheet}".`,
    findingCellless: 'cả bảng',
    selectHint: 'Bấm vào một phát hiện để chọn ô đó trong Excel.',
    progress: { read: 'Đang đọc sheet…', check: 'Đang kiểm tra…', write: 'Đang ghi…', mark: 'Đang đánh dấu ô…', clear: 'Đang xóa đánh dấu…' },
    progressLabel: 'Tiến độ',
    group: {
      SUBTOTAL_MISMATCH: (n) => `${n} số tổng lệch với tổng các mục con`,
      SUBTOTAL_MISSING: (n) => `${n} mục chưa ghi số tổng`,
      AMOUNT_UNREADABLE: (n) => `${n} ô không đọc được số tiền`,
      AMOUNT_MISSING: (n) => `${n} mục thiếu số tiền`,
      UNIT_SUSPECT: (n) => `${n} số nghi sai đơn vị tính`,
      AMOUNT_LOOKS_LIKE_YEAR: (n) => `${n} số tiền giống một năm`,
      AMOUNT_AMBIGUOUS: (n) => `${n} ô số tiền đọc được nhiều cách`,
      ANNUAL_MISMATCH: (n) => `${n} mục có mức hằng năm không khớp tổng`,
      DISBURSED_EXCEEDS: (n) => `${n} mục giải ngân vượt tổng mức`,
      SOURCE_SPLIT_MISMATCH: (n) => `${n} mục có nguồn vốn cộng không khớp`,
      SOURCE_MISSING: (n) => `${n} mục chưa ghi nguồn vốn`,
      SOURCE_UNKNOWN: (n) => `${n} nguồn vốn không xác định được`,
      TIME_UNREADABLE: (n) => `${n} mục không đọc được thời gian`,
      OUTSIDE_PERIOD: (n) => `${n} mục có năm ngoài giai đoạn`,
      STT_SEQUENCE: (n) => `${n} số thứ tự sai`,
      SECURITY_SHARE_LOW: (n) => `${n} cảnh báo chi an toàn thông tin thấp`,
      FORMULA_RANGE_INCOMPLETE: (n) => `${n} công thức tổng bỏ sót dòng`,
      FORMULA_IGNORES_TEXT: (n) => `${n} công thức tổng bỏ qua ô chữ`,
      FORMULA_HARDCODED: (n) => `${n} số tổng gõ tay thay cho công thức`,
      LEASE_ON_INVESTMENT_CAPITAL: (n) => `${n} mục thuê dịch vụ dùng vốn đầu tư`,
      PROCEDURE_HINT: (n) => `${n} gợi ý thủ tục theo quy định`,
      LEASE_TERM_OUT_OF_RANGE: (n) => `${n} thời hạn thuê ngoài 1–5 năm`,
      CONTINGENCY_OVER_LIMIT: (n) => `${n} mức dự phòng vượt mức cho phép`,
      YEARS_SUM_MISMATCH: (n) => `${n} dòng có các năm cộng không khớp tổng`,
      SOURCES_SUM_MISMATCH: (n) => `${n} dòng có các nguồn cộng không khớp tổng`,
      DUPLICATE_ITEM: (n) => `${n} mục bị trùng`,
      RULESET_UNCONFIRMED: (n) => `${n} lưu ý dựa trên văn bản chưa xác nhận`,
      AMOUNT_PRICE_MISMATCH: (n) => `${n} dòng có thành tiền khác số lượng × đơn giá`,
      RATE_LINE_MISMATCH: (n) => `${n} dòng thuế, dự phòng khác tỷ lệ ghi trong tên`,
      FORMULA_UNCALCULATED: (n) => `${n} bảng có công thức chưa được tính`,
      PERCENT_MISMATCH: (n) => `${n} dòng có tỷ lệ % không khớp số liệu`,
      FORMULA_COUNTS_TWICE: (n) => `${n} công thức tổng cộng hai lần`,
      HIDDEN_ROWS: (n) => `${n} bảng có dòng ẩn vẫn ghi số tiền`,
      ALLOCATION_OVER_TOTAL: (n) => `${n} dự án được bố trí vượt tổng mức đầu tư`,
      RECAP_SOURCE_MISMATCH: (n) => `${n} dòng tóm tắt dưới tổng cộng khác tổng theo nguồn`,
      AMOUNT_WORDS_MISMATCH: (n) => `${n} số tiền bằng chữ khác tổng cộng`,
    },
    filterSeverity: 'Mức độ',
    filterArea: 'Vùng',
    areaAll: 'Mọi vùng',
    areaTable: (sheet, range) => `Bảng ${sheet}!${range}`,
    areaColumn: (column) => `Cột ${column}`,
    areaWhole: 'Cả bảng (không gắn với ô)',
    shown: (shown, total) => (shown === total ? `${total} phát hiện` : `Đang hiện ${shown} trên ${total} phát hiện`),
    noneMatch: 'Không có phát hiện nào khớp bộ lọc.',
    groupList: (title) => `${title}: dùng phím mũi tên để đi qua, Enter để chọn ô`,
    live: 'Tự kiểm tra lại khi sửa bảng',
    liveHint: 'Sửa một ô trong bảng đã kiểm tra thì danh sách và đánh dấu được cập nhật.',
    rechecked: (cells) => `Đã kiểm tra lại sau khi sửa ${cells}.`,
    settingsChanged: 'Cài đặt đã đổi. Kiểm tra lại để áp dụng?',
    recheckNow: 'Kiểm tra lại',
  },

  settings: {
    title: 'Cài đặt (lưu trong tệp)',
    periodFrom: 'Giai đoạn từ năm',
    periodTo: 'đến năm',
    periodHint: 'Để trống để đọc từ tiêu đề bảng ("GIAI ĐOẠN 2016 - 2020").',
    unit: 'Đơn vị tính',
    unitAuto: 'Đọc từ dòng "Đơn vị tính"',
    securityShare: 'Tỷ lệ tối thiểu cho an toàn thông tin (%)',
    securityShareHint: 'Mặc định 10 % (Chỉ thị 14/CT-TTg).',
    ruleSet: 'Bộ quy định',
    save: 'Lưu cài đặt',
    saved: 'Đã lưu cài đặt vào tệp.',
    badPeriod: 'Nhập hai năm, năm đầu không lớn hơn năm cuối (ví dụ 2021 và 2025).',
    badShare: 'Nhập một tỷ lệ từ 0 đến 100, ví dụ 10 hoặc 12,5.',
  },

  summary: {
    needCheck: 'Chưa có số liệu. Bấm Kiểm tra ở thẻ đầu tiên trước.',
    table: 'Bảng',
    total: 'Tổng các mục',
    statedTotal: 'Tổng ghi trong bảng',
    bySource: 'Theo nguồn vốn',
    byType: 'Theo loại chi',
    byYear: 'Theo năm và nguồn vốn',
    year: 'Năm',
    sum: 'Cộng',
    chartTitle: 'Nhu cầu vốn theo năm',
    noYears: 'Bảng không ghi năm nào: không có tổng theo năm.',
    unitNote: (unit) => `Đơn vị: ${unit}`,
    writeSheet: 'Ghi sheet NS Tổng hợp',
    none: '—',
  },

  scenario: {
    intro: 'So sánh đầu tư (TT 04/2020) với thuê dịch vụ CNTT (TT 12/2020) theo giá trị hiện tại.',
    general: 'Chung',
    name: 'Tên hệ thống',
    unit: 'Đơn vị tính',
    startYear: 'Năm bắt đầu',
    horizonYears: 'Số năm so sánh',
    discountRate: 'Tỷ lệ chiết khấu (%)',
    invest: 'Đầu tư',
    xayLap: 'Chi phí xây lắp (G_XL)',
    thietBi: 'Chi phí thiết bị, phần mềm (G_TB)',
    quanLyDuAn: 'Quản lý dự án (G_QLDA)',
    tuVan: 'Tư vấn (G_TV)',
    khac: 'Chi phí khác (G_K)',
    contingencyRate: 'Dự phòng (%)',
    investEscalation: 'Trượt giá mỗi năm (%)',
    buildYears: 'Số năm xây dựng',
    annualOperatingCost: 'Chi vận hành mỗi năm sau đầu tư',
    usefulLifeYears: 'Thời gian sử dụng (năm)',
    lease: 'Thuê dịch vụ',
    availability: 'Loại dịch vụ',
    availabilityCustom: 'Theo yêu cầu riêng',
    availabilityMarket: 'Sẵn có trên thị trường',
    buildCost: 'Chi phí xây dựng trước thuế (T_đ)',
    depositRate: 'Lãi suất tiền gửi bình quân (%)',
    periodsPerYear: 'Số kỳ thanh toán mỗi năm',
    termYears: 'Thời gian thuê (năm)',
    payment: 'Trả tiền',
    paymentEnd: 'Cuối kỳ',
    paymentStart: 'Đầu kỳ',
    residualValue: 'Giá trị còn lại (S)',
    residualHint: 'Để trống: khấu hao đều theo thời gian sử dụng.',
    vatRate: 'Thuế GTGT (%)',
    annualAdminCost: 'Quản lý, vận hành mỗi năm (G_v)',
    annualMaintenanceCost: 'Bảo trì mỗi năm (G_bt)',
    otherCost: 'Chi phí khác (G_k)',
    marketPricePerYear: 'Giá thuê năm đầu (gồm thuế)',
    leaseEscalation: 'Tăng giá thuê mỗi năm (%)',
    percentHint: 'Nhập phần trăm, ví dụ 7 hoặc 5,5.',
    compute: 'Tính',
    fixErrors: 'Kiểm tra lại các ô được đánh dấu đỏ.',
    notNumber: 'Không phải là số. Viết như 12.000 hoặc 7,5.',
    result: 'Kết quả',
    pvInvest: 'Giá trị hiện tại — đầu tư',
    pvLease: 'Giá trị hiện tại — thuê',
    totalInvest: 'Tổng chi danh nghĩa — đầu tư',
    totalLease: 'Tổng chi danh nghĩa — thuê',
    totalInvestment: 'Tổng mức đầu tư (V)',
    periodPayment: (periods) => `Tiền thuê mỗi kỳ (G_dv), ${periods} kỳ`,
    difference: 'Chênh lệch (thuê − đầu tư)',
    cheaper: { invest: 'Đầu tư rẻ hơn', lease: 'Thuê rẻ hơn', equal: 'Hai phương án bằng nhau' },
    breakEven: 'Năm chi phí thuê cộng dồn vượt đầu tư',
    noBreakEven: 'không vượt trong thời gian so sánh',
    sensitivity: 'Độ nhạy (chênh lệch giá trị hiện tại)',
    sensDiscount: 'Theo tỷ lệ chiết khấu',
    sensEscalation: 'Theo mức tăng giá thuê',
    rate: 'Tỷ lệ',
    cashFlow: 'Nhu cầu vốn theo năm (danh nghĩa)',
    investLegend: 'Đầu tư',
    leaseLegend: 'Thuê',
    findings: 'Lưu ý theo quy định',
    notes: 'Ghi chú',
    writeSheet: 'Ghi sheet NS Phương án',
  },

  errors: {
    title: 'Chưa làm được',
    busy: 'Excel đang ở chế độ sửa ô. Nhấn Enter hoặc Esc để kết thúc việc nhập ô, rồi bấm Thử lại.',
    protected: 'Sheet hoặc tệp đang được bảo vệ nên không ghi được. Bỏ bảo vệ (Xem lại › Bỏ bảo vệ trang tính) rồi thử lại.',
    empty: 'Sheet đang mở không có dữ liệu. Mở sheet có bảng kế hoạch rồi bấm Kiểm tra.',
    'too-large': 'Vùng dữ liệu quá lớn để đọc một lần. Chọn riêng vùng bảng, bật "Chỉ vùng chọn" rồi thử lại.',
    'not-found': 'Không tìm thấy sheet hoặc ô này nữa (có thể đã đổi tên hoặc bị xóa). Bấm Kiểm tra lại.',
    unsupported: 'Phiên bản Excel này chưa hỗ trợ thao tác này. Hãy cập nhật Excel hoặc dùng Excel trên web.',
    other: 'Excel báo lỗi khi thực hiện thao tác. Thử lại; nếu vẫn lỗi, lưu tệp và mở lại.',
    unexpected: (detail) => `Lỗi không mong đợi: ${detail}. Thử lại; nếu lặp lại, hãy gửi nội dung này cho người hỗ trợ.`,
    notOwnSheet: (own, name) => `Tiện ích chỉ ghi vào các sheet của mình (${own}), không ghi vào "${name}".`,
  },
  noOffice: {
    title: 'Trang này chạy bên trong Excel',
    body: 'Không thấy Excel. Hãy mở Ngân sách CNTT từ thẻ Ngân sách trên thanh công cụ của Excel, hoặc xem bản chạy thử trên trình duyệt với một bảng mẫu.',
    previewLink: 'Mở bản chạy thử',
  },
  oldEngine: {
    title: 'Phiên bản Excel này quá cũ để chạy Ngân sách CNTT',
    body: 'Trình duyệt bên trong Excel không chạy được ngăn này. Hãy cập nhật Office (Tệp › Tài khoản › Tùy chọn cập nhật) hoặc dùng Excel trên web.',
  },
  preview: {
    title: (source) => `Bản chạy thử — ${source}`,
    openFile: 'Mở tệp Excel',
    editMode: 'Giả lập Excel đang sửa ô',
    opened: (file, sheets) => `Đã mở ${file} (${sheets} sheet). Chọn sheet rồi bấm Kiểm tra.`,
    openFailed: (file, reason) => `Không mở được ${file}: ${reason}`,
    noSheets: 'tệp không có sheet nào có dữ liệu',
  },
};

export const en: Texts = {
  appTitle: 'IT budget',
  languageSwitch: 'English',
  tabs: { check: 'Check', summary: 'Totals', scenario: 'Lease or invest' },
  working: 'Working…',
  waitingForCellEdit: 'Excel is waiting for you to finish editing a cell (press Enter or Esc); the check goes on right after…',
  dismiss: 'Dismiss',
  retry: 'Retry',

  check: {
    run: 'Check',
    selectionOnly: 'Selection only',
    intro: 'Open the sheet holding the plan table (list of IT projects and tasks) and press Check. Your cells are not changed.',
    noTable: 'No budget table found on this sheet: it needs a header row with number, name and amount columns.',
    tableLine: (sheet, range, rows) => `Table ${sheet}!${range}: ${rows} rows`,
    severity: { error: 'Errors', warning: 'Warnings', info: 'Notes' },
    noFindings: 'No problems found.',
    totalLine: 'Sum of items',
    statedTotalLine: 'Total stated in the table',
    mark: 'Mark cells',
    clearMarks: 'Clear marks',
    writeSheet: 'Write sheet NS Kiểm tra',
    marked: (cells) => `Marked ${cells} cells.`,
    cleared: (cells) => `Cleared marks from ${cells} cells.`,
    written: (sheet) => `Wrote sheet "${sheet}".`,
    findingCellless: 'whole table',
    selectHint: 'Click a finding to select its cell in Excel.',
    progress: { read: 'Reading the sheet…', check: 'Checking…', write: 'Writing…', mark: 'Marking cells…', clear: 'Clearing marks…' },
    progressLabel: 'Progress',
    // English puts the count after the label, so one and many read alike ("Duplicate items: 1").
    group: {
      SUBTOTAL_MISMATCH: (n) => `Subtotals that differ from their items: ${n}`,
      SUBTOTAL_MISSING: (n) => `Sections without a subtotal: ${n}`,
      AMOUNT_UNREADABLE: (n) => `Unreadable amounts: ${n}`,
      AMOUNT_MISSING: (n) => `Items without an amount: ${n}`,
      UNIT_SUSPECT: (n) => `Amounts in a suspect unit: ${n}`,
      AMOUNT_LOOKS_LIKE_YEAR: (n) => `Amounts that look like a year: ${n}`,
      AMOUNT_AMBIGUOUS: (n) => `Amounts read by a guess: ${n}`,
      ANNUAL_MISMATCH: (n) => `Yearly rates that do not match the total: ${n}`,
      DISBURSED_EXCEEDS: (n) => `Disbursements above the total: ${n}`,
      SOURCE_SPLIT_MISMATCH: (n) => `Source splits that do not add up: ${n}`,
      SOURCE_MISSING: (n) => `Items without a funding source: ${n}`,
      SOURCE_UNKNOWN: (n) => `Unknown funding sources: ${n}`,
      TIME_UNREADABLE: (n) => `Unreadable times: ${n}`,
      OUTSIDE_PERIOD: (n) => `Items with years outside the period: ${n}`,
      STT_SEQUENCE: (n) => `Numbering problems: ${n}`,
      SECURITY_SHARE_LOW: (n) => `Low information-security share: ${n}`,
      FORMULA_RANGE_INCOMPLETE: (n) => `Subtotal formulas missing rows: ${n}`,
      FORMULA_IGNORES_TEXT: (n) => `Subtotal formulas skipping text cells: ${n}`,
      FORMULA_HARDCODED: (n) => `Subtotals typed instead of formulas: ${n}`,
      LEASE_ON_INVESTMENT_CAPITAL: (n) => `Leases funded as investment: ${n}`,
      PROCEDURE_HINT: (n) => `Procedure hints: ${n}`,
      LEASE_TERM_OUT_OF_RANGE: (n) => `Lease terms outside 1–5 years: ${n}`,
      CONTINGENCY_OVER_LIMIT: (n) => `Contingencies over the limit: ${n}`,
      YEARS_SUM_MISMATCH: (n) => `Rows whose years do not add up: ${n}`,
      SOURCES_SUM_MISMATCH: (n) => `Rows whose sources do not add up: ${n}`,
      DUPLICATE_ITEM: (n) => `Duplicate items: ${n}`,
      RULESET_UNCONFIRMED: (n) => `Notes resting on unconfirmed texts: ${n}`,
      AMOUNT_PRICE_MISMATCH: (n) => `Rows whose amount is not quantity × unit price: ${n}`,
      RATE_LINE_MISMATCH: (n) => `Tax or contingency lines off their stated rate: ${n}`,
      FORMULA_UNCALCULATED: (n) => `Tables with formulas never calculated: ${n}`,
      PERCENT_MISMATCH: (n) => `Rows whose percentage does not match their figures: ${n}`,
      FORMULA_COUNTS_TWICE: (n) => `Total formulas counting rows twice: ${n}`,
      HIDDEN_ROWS: (n) => `Tables with hidden rows holding money: ${n}`,
      ALLOCATION_OVER_TOTAL: (n) => `Projects given more than their total investment: ${n}`,
      RECAP_SOURCE_MISMATCH: (n) => `Recap lines under the total off the totals by source: ${n}`,
      AMOUNT_WORDS_MISMATCH: (n) => `Totals in words off the figures: ${n}`,
    },
    filterSeverity: 'Severity',
    filterArea: 'Area',
    areaAll: 'All areas',
    areaTable: (sheet, range) => `Table ${sheet}!${range}`,
    areaColumn: (column) => `Column ${column}`,
    areaWhole: 'Whole table (no cell)',
    shown: (shown, total) => (shown === total ? `${total} findings` : `Showing ${shown} of ${total} findings`),
    noneMatch: 'No finding matches the filters.',
    groupList: (title) => `${title}: arrow keys to move, Enter to select the cell`,
    live: 'Re-check when the table is edited',
    liveHint: 'Editing a cell in the checked table updates the list and the marks.',
    rechecked: (cells) => `Re-checked after editing ${cells}.`,
    settingsChanged: 'Settings changed. Check again to apply them?',
    recheckNow: 'Check again',
  },

  settings: {
    title: 'Settings (saved in the file)',
    periodFrom: 'Plan period from',
    periodTo: 'to',
    periodHint: 'Leave empty to read it from the title ("GIAI ĐOẠN 2016 - 2020").',
    unit: 'Unit',
    unitAuto: 'Read from the "Đơn vị tính" line',
    securityShare: 'Minimum information-security share (%)',
    securityShareHint: 'Default 10 % (Directive 14/CT-TTg).',
    ruleSet: 'Rule set',
    save: 'Save settings',
    saved: 'Settings saved in the file.',
    badPeriod: 'Enter two years, the first not after the last (e.g. 2021 and 2025).',
    badShare: 'Enter a share from 0 to 100, e.g. 10 or 12.5.',
  },

  summary: {
    needCheck: 'No figures yet. Press Check on the first tab first.',
    table: 'Table',
    total: 'Sum of items',
    statedTotal: 'Total stated in the table',
    bySource: 'By funding source',
    byType: 'By spending type',
    byYear: 'By year and source',
    year: 'Year',
    sum: 'Total',
    chartTitle: 'Funding needs per year',
    noYears: 'The table states no year: no totals by year.',
    unitNote: (unit) => `Unit: ${unit}`,
    writeSheet: 'Write sheet NS Tổng hợp',
    none: '—',
  },

  scenario: {
    intro: 'Compares investing (TT 04/2020) with leasing an IT service (TT 12/2020) in present value.',
    general: 'General',
    name: 'System name',
    unit: 'Unit',
    startYear: 'Start year',
    horizonYears: 'Years compared',
    discountRate: 'Discount rate (%)',
    invest: 'Invest',
    xayLap: 'Installation (G_XL)',
    thietBi: 'Equipment and software (G_TB)',
    quanLyDuAn: 'Project management (G_QLDA)',
    tuVan: 'Consulting (G_TV)',
    khac: 'Other (G_K)',
    contingencyRate: 'Contingency (%)',
    investEscalation: 'Escalation per year (%)',
    buildYears: 'Build years',
    annualOperatingCost: 'Operating cost per year after the build',
    usefulLifeYears: 'Useful life (years)',
    lease: 'Lease',
    availability: 'Service type',
    availabilityCustom: 'Built to requirements',
    availabilityMarket: 'Available on the market',
    buildCost: 'Build cost before VAT (T_đ)',
    depositRate: 'Average deposit rate (%)',
    periodsPerYear: 'Payments per year',
    termYears: 'Lease term (years)',
    payment: 'Payment',
    paymentEnd: 'End of period',
    paymentStart: 'Start of period',
    residualValue: 'Residual value (S)',
    residualHint: 'Empty: straight-line depreciation over the useful life.',
    vatRate: 'VAT (%)',
    annualAdminCost: 'Administration per year (G_v)',
    annualMaintenanceCost: 'Maintenance per year (G_bt)',
    otherCost: 'Other cost (G_k)',
    marketPricePerYear: 'First-year price (VAT incl.)',
    leaseEscalation: 'Lease price growth per year (%)',
    percentHint: 'A percentage, e.g. 7 or 5.5.',
    compute: 'Compute',
    fixErrors: 'Check the fields marked in red.',
    notNumber: 'Not a number. Write it like 12.000 or 7,5.',
    result: 'Result',
    pvInvest: 'Present value — invest',
    pvLease: 'Present value — lease',
    totalInvest: 'Nominal total — invest',
    totalLease: 'Nominal total — lease',
    totalInvestment: 'Total investment (V)',
    periodPayment: (periods) => `Lease payment per period (G_dv), ${periods} periods`,
    difference: 'Difference (lease − invest)',
    cheaper: { invest: 'Investing is cheaper', lease: 'Leasing is cheaper', equal: 'Both cost the same' },
    breakEven: 'Year cumulative lease cost passes investing',
    noBreakEven: 'not within the years compared',
    sensitivity: 'Sensitivity (present value difference)',
    sensDiscount: 'By discount rate',
    sensEscalation: 'By lease price growth',
    rate: 'Rate',
    cashFlow: 'Funding needs per year (nominal)',
    investLegend: 'Invest',
    leaseLegend: 'Lease',
    findings: 'Regulatory notes',
    notes: 'Notes',
    writeSheet: 'Write sheet NS Phương án',
  },

  errors: {
    title: 'Could not do that',
    busy: 'Excel is in cell-edit mode. Press Enter or Esc to finish editing the cell, then press Retry.',
    protected: 'The sheet or workbook is protected, so nothing can be written. Unprotect it (Review › Unprotect Sheet) and try again.',
    empty: 'The open sheet has no data. Open the sheet with the plan table and press Check.',
    'too-large': 'The data is too large to read at once. Select just the table, turn on "Selection only" and try again.',
    'not-found': 'That sheet or cell is gone (renamed or deleted?). Press Check again.',
    unsupported: 'This version of Excel does not support this action. Update Excel or use Excel on the web.',
    other: 'Excel reported an error. Try again; if it persists, save the file and reopen it.',
    unexpected: (detail) => `Unexpected error: ${detail}. Try again; if it repeats, send this text to support.`,
    notOwnSheet: (own, name) => `The add-in writes only its own sheets (${own}), not "${name}".`,
  },
  noOffice: {
    title: 'This page runs inside Excel',
    body: 'Excel was not found. Open it from the Ngân sách tab on the Excel ribbon, or try the preview in this browser with a sample table.',
    previewLink: 'Open the preview',
  },
  oldEngine: {
    title: 'This version of Excel is too old to run IT Budget',
    body: 'The browser inside Excel cannot run this pane. Update Office (File › Account › Update Options) or use Excel on the web.',
  },
  preview: {
    title: (source) => `Preview — ${source}`,
    openFile: 'Open an Excel file',
    editMode: 'Pretend Excel is editing a cell',
    opened: (file, sheets) => `Opened ${file} (${sheets} sheets). Pick a sheet and press Check.`,
    openFailed: (file, reason) => `Could not open ${file}: ${reason}`,
    noSheets: 'the file has no sheet with data',
  },
};

export const texts: Record<Lang, Texts> = { vi, en };
