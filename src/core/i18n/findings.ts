// Finding messages in Vietnamese (default) and English. Each names the cell, says what was
// expected and what was found, and what to do. Amounts arrive already formatted for the language.
import { memo } from '../memo';
import type { FindingCode, Lang } from '../types';

export type MessageParams = Record<string, string>;
type Template = (p: MessageParams) => string;
type Catalog = Partial<Record<FindingCode, Record<string, Template>>>;

/** Distinct word sets one per-cell message keeps before it starts again (a bound across many checks). */
const PER_CELL_KEPT = 10000;

/**
 * A message said for each row of a long plan (PROCEDURE_HINT: tens of thousands on a 100.000-row
 * plan): `head`, the cell, then words that depend only on the params named in `keys`. The words
 * are made once for each distinct set of those params, so each row's message is its cell and
 * words already made (the check keeps every message: a long plan's were a fifth of what it kept).
 */
function perCell(head: string, keys: readonly string[], words: Template): Template {
  let root = new Map<string, unknown>();
  let kept = 0;
  return (p) => {
    let node = root;
    for (let i = 0; i < keys.length - 1; i++) node = memo(node, p[keys[i]], () => new Map<string, unknown>()) as Map<string, unknown>;
    const last = p[keys[keys.length - 1]];
    let tail = node.get(last) as string | undefined;
    if (tail === undefined) {
      tail = words(p);
      if (++kept > PER_CELL_KEPT) {
        root = new Map();
        kept = 0;
      } else node.set(last, tail);
    }
    return head + p.cell + tail;
  };
}

/** A part of a row that invests and leases with no procedure of its own from its funding (PROCEDURE_HINT mixed, split). */
const NO_ROUTE_VI = 'không có thủ tục riêng theo nguồn vốn này.';
const NO_ROUTE_EN = 'no procedure of its own from this funding.';

const VI: Catalog = {
  SUBTOTAL_MISMATCH: {
    '': (p) => `Ô ${p.cell}: số tổng ghi ${p.actual} nhưng tổng các mục con là ${p.expected} (lệch ${p.diff}). Kiểm tra lại số tổng hoặc các mục con.`,
    total: (p) => `Ô ${p.cell}: tổng cộng ghi ${p.actual} nhưng tổng các dự án, nhiệm vụ là ${p.expected} (lệch ${p.diff}). Kiểm tra lại dòng tổng cộng.`,
    sheet: (p) => `Ô ${p.cell}: tổng cộng các bảng ghi ${p.actual} nhưng ${p.tables} bảng trên trang tính cộng lại được ${p.expected} (lệch ${p.diff}). Kiểm tra lại dòng tổng cộng hoặc các bảng.`,
    appendix: (p) => `Ô ${p.cell}: dòng "${p.name}" ghi ${p.actual} nhưng tổng của phụ lục đó (${p.table}) là ${p.expected} (lệch ${p.diff}). Sửa cho khớp, hoặc lấy số bằng công thức dẫn tới ô tổng của phụ lục.`,
  },
  SUBTOTAL_MISSING: {
    '': (p) => `Ô ${p.cell}: mục "${p.name}" có mục con mang tiền nhưng chưa ghi số tổng; tổng các mục con là ${p.expected}. Ghi số tổng (hoặc công thức SUM) vào ô này.`,
  },
  AMOUNT_UNREADABLE: {
    '': (p) => `Ô ${p.cell}: không đọc được số tiền từ "${p.text}"${p.reason ? ` (${p.reason})` : ''}. Ghi số tiền theo dạng 1.234,5${p.suggestion ? `; giá trị khớp với số tổng của mục cha là ${p.suggestion}` : ''}.`,
    excelError: (p) => `Ô ${p.cell}: công thức${p.formula ? ` ${p.formula}` : ''} báo lỗi ${p.text} của Excel, nên ô không có số tiền và không được cộng. Sửa công thức (ô tham chiếu đã xóa, phép chia cho 0, chữ trong phép tính…)${p.suggestion ? `; giá trị khớp với số tổng của mục cha là ${p.suggestion}` : ''}.`,
  },
  AMOUNT_MISSING: {
    '': (p) => `Ô ${p.cell}: mục "${p.name}" chưa có số tiền trong khi các mục cùng cấp đều có. Ghi số tiền, hoặc "-" nếu cố ý không có${p.suggestion ? `; giá trị khớp với số tổng của mục cha là ${p.suggestion}` : ''}.`,
    stray: (p) => `Ô ${p.cell}: mục "${p.name}" chưa có số tiền, còn ô thời gian ${p.timeCell} lại ghi "${p.time}": có thể số tiền đã bị dán nhầm cột. Ghi số tiền vào ô ${p.cell} và sửa ô thời gian${p.suggestion ? `; giá trị khớp với số tổng của mục cha là ${p.suggestion}` : ''}.`,
  },
  AMOUNT_AMBIGUOUS: {
    '': (p) => `Ô ${p.cell}: "${p.text}" đọc được nhiều cách (một khoảng, nhiều số, hoặc dấu phân cách không rõ); đã tính ${p.actual}. Ghi một số tiền rõ ràng theo dạng 1.234,5 để tổng không dựa vào phỏng đoán.`,
  },
  AMOUNT_LOOKS_LIKE_YEAR: {
    '': (p) => `Ô ${p.cell}: số tiền ghi "${p.year}" giống một năm, trong khi ô thời gian ${p.timeCell} để trống; đang được cộng như ${p.amount}. Nếu đó là năm đầu tư/thuê, ghi năm vào ô ${p.timeCell} và ghi số tiền (hoặc để trống) ở ô ${p.cell}.`,
    noTime: (p) => `Ô ${p.cell}: số tiền ghi "${p.year}" giống một năm và dòng này không ghi năm nào khác; đang được cộng như ${p.amount}. Nếu đó là năm đầu tư/thuê, ghi số tiền thật (hoặc để trống) ở ô ${p.cell}.`,
  },
  UNIT_SUSPECT: {
    big: (p) => `Ô ${p.cell}: ${p.actual} ${p.unit} là quá lớn (${p.asDong}); có thể số được ghi theo đồng. Kiểm tra đơn vị tính.`,
    small: (p) => `Ô ${p.cell}: ${p.actual} ${p.unit} là quá nhỏ; có thể số được ghi theo triệu đồng. Kiểm tra đơn vị tính.`,
    conflict: (p) => `Ô ${p.cell}: dòng đơn vị tính ghi ${p.line} nhưng tiêu đề cột ghi ${p.header}; các số được đọc theo ${p.header}. Sửa một trong hai cho khớp.`,
    assumed: (p) => `Bảng không ghi đơn vị tính và mọi số tiền (nhỏ nhất ${p.smallest}) đều quá lớn nếu tính bằng triệu đồng, nên được đọc theo đồng. Thêm dòng "Đơn vị tính: đồng" (hoặc đơn vị đúng) trên bảng.`,
  },
  ANNUAL_MISMATCH: {
    '': (p) => `Ô ${p.cell}: mức hằng năm ghi trong "${p.text}" nhân với ${p.count} năm (${p.years}) là ${p.expected}, khác số tổng ${p.actual}. Sửa mức năm hoặc số tổng.`,
    column: (p) => `Ô ${p.cell}: mức hằng năm ${p.rate} (ô ${p.rateCell}) nhân với ${p.count} năm (${p.years}) là ${p.expected}, khác số tổng ${p.actual}. Sửa mức năm hoặc số tổng.`,
  },
  DISBURSED_EXCEEDS: {
    '': (p) => `Ô ${p.cell}: số đã giải ngân năm ${p.year} (${p.actual}) lớn hơn tổng mức ${p.expected}. Kiểm tra lại số giải ngân.`,
    column: (p) => `Ô ${p.cell}: số đã giải ngân ${p.actual} lớn hơn số vốn đã bố trí ${p.expected} (ô ${p.capCell}), vượt ${p.diff}. Không giải ngân quá số đã bố trí: kiểm tra lại hai số.`,
    columnTotal: (p) => `Ô ${p.cell}: số đã giải ngân ${p.actual} lớn hơn tổng ${p.expected} (ô ${p.capCell}), vượt ${p.diff}. Kiểm tra lại số giải ngân hoặc số tổng.`,
  },
  SOURCE_SPLIT_MISMATCH: {
    '': (p) => `Ô ${p.cell}: các nguồn vốn cộng lại được ${p.actual} nhưng số tiền của dòng là ${p.expected} (lệch ${p.diff}). Sửa số tiền từng nguồn.`,
  },
  SOURCE_MISSING: {
    '': (p) => `Ô ${p.cell}: mục "${p.name}" có tiền (${p.amount}) nhưng chưa ghi nguồn vốn. Ghi NSTW, NSĐP, ODA hoặc Khác.`,
    table: (p) => `Bảng ${p.range} không có cột nguồn vốn; không tổng hợp được theo nguồn. Thêm cột "Nguồn vốn".`,
    unsplit: (p) => `Ô ${p.cell}: mục "${p.name}" ghi nhiều nguồn (${p.sources}) nhưng không ghi phần của mỗi nguồn; ${p.amount} được tính vào "Chưa rõ" khi tổng hợp theo nguồn. Ghi số tiền của từng nguồn (${p.example}).`,
  },
  SOURCE_UNKNOWN: {
    '': (p) => `Ô ${p.cell}: không xác định được nguồn vốn "${p.text}". Ghi rõ NSTW, NSĐP, ODA hoặc Khác (XHH).`,
    state: (p) => `Ô ${p.cell}: "${p.text}" gồm cả ngân sách trung ương (NSTW) và ngân sách địa phương (NSĐP). Ghi rõ nguồn nào, hoặc tách số tiền theo từng nguồn (NSTW: …; NSĐP: …).`,
    programme: (p) => `Ô ${p.cell}: "${p.text}" là một chương trình, chưa phải nguồn vốn: chương trình mục tiêu quốc gia được NSTW hỗ trợ và NSĐP đối ứng. Ghi rõ nguồn nào, hoặc tách số tiền theo từng nguồn (NSTW: …; NSĐP: …).`,
    level: (p) => `Ô ${p.cell}: "${p.text}" ghi loại chi (${p.type === 'ĐTPT' ? 'đầu tư phát triển' : 'chi thường xuyên'}) nhưng chưa ghi cấp ngân sách. Ghi rõ NSTW hay NSĐP, ví dụ "NSĐP (${p.text})".`,
    money: (p) => `Ô ${p.cell}: cột nguồn vốn lại ghi một số tiền ("${p.text}"): có thể các ô của dòng này bị lệch cột. Chuyển số tiền về cột số tiền và ghi nguồn vốn (NSTW, NSĐP, ODA hoặc Khác) vào ô ${p.cell}.`,
  },
  TIME_UNREADABLE: {
    '': (p) => `Ô ${p.cell}: không đọc được thời gian thực hiện "${p.text}"; không phân bổ được tiền theo năm. Ghi dạng 2021-2023, "2021, 2022" hoặc "Hàng năm".`,
    empty: (p) => `Ô ${p.cell}: mục "${p.name}" có tiền nhưng chưa ghi thời gian thực hiện; không phân bổ được theo năm.`,
    annual: (p) => `Ô ${p.cell}: "${p.text}" là hằng năm nhưng không biết giai đoạn kế hoạch. Dùng --period 2021-2025 hoặc ghi "GIAI ĐOẠN …" trong tiêu đề.`,
  },
  OUTSIDE_PERIOD: {
    '': (p) => `Ô ${p.cell}: mục "${p.name}" có ${p.actual} rơi vào năm ${p.years}, ngoài giai đoạn ${p.period}. Tiền đã chi trước giai đoạn không được tính lại.`,
    after: (p) => `Ô ${p.cell}: mục "${p.name}" có ${p.actual} rơi vào năm ${p.years}, sau giai đoạn ${p.period}. Phần này thuộc kế hoạch giai đoạn sau, không tính vào giai đoạn này.`,
    both: (p) => `Ô ${p.cell}: mục "${p.name}" có ${p.actual} rơi vào năm ${p.years}, ngoài giai đoạn ${p.period} (cả trước và sau). Tiền đã chi trước giai đoạn không được tính lại; tiền các năm sau thuộc kế hoạch giai đoạn sau.`,
  },
  STT_SEQUENCE: {
    order: (p) => `Ô ${p.cell}: số thứ tự "${p.actual}" không liền sau "${p.previous}"; mong đợi "${p.expected}".`,
    duplicate: (p) => `Ô ${p.cell}: số thứ tự "${p.actual}" bị trùng trong cùng mục.`,
    style: (p) => `Ô ${p.cell}: số thứ tự "${p.actual}" sai kiểu; ở vị trí này mong đợi "${p.expected}".`,
    prefix: (p) => `Ô ${p.cell}: số thứ tự "${p.actual}" không thuộc mục cha "${p.parent}"; mong đợi "${p.expected}".`,
  },
  SECURITY_SHARE_LOW: {
    '': (p) => `Chi an toàn thông tin mạng là ${p.actual} (${p.share}) trên tổng ${p.total}, thấp hơn mức tối thiểu ${p.min}. Nếu các nhiệm vụ ATTT nằm ở phụ lục khác, kiểm tra cả hai.`,
    tables: (p) => `Chi an toàn thông tin mạng của ${p.count} bảng cùng giai đoạn (${p.tables}) là ${p.actual} (${p.share}) trên tổng ${p.total}, thấp hơn mức tối thiểu ${p.min}.`,
  },
  FORMULA_RANGE_INCOMPLETE: {
    '': (p) => `Ô ${p.cell}: công thức ${p.formula} bỏ sót ${p.missing}. Mở rộng vùng cộng để bao gồm các ô đó.`,
  },
  FORMULA_IGNORES_TEXT: {
    '': (p) => `Ô ${p.cell}: công thức ${p.formula} cộng cả ô chứa chữ (${p.cells}); SUM bỏ qua các ô này nên thiếu ${p.missing}. Nhập số vào các ô đó và ghi chú sang cột khác.`,
  },
  FORMULA_HARDCODED: {
    '': (p) => `Ô ${p.cell}: số tổng được gõ tay (${p.actual}) trong khi các mục con là số; nên dùng công thức ${p.suggestion} để tự cập nhật.`,
  },
  LEASE_ON_INVESTMENT_CAPITAL: {
    '': (p) => `Ô ${p.cell}: "${p.name}" là thuê dịch vụ nhưng nguồn là vốn đầu tư (ĐTPT), điều ${p.source} không cho phép. Dùng chi thường xuyên hoặc lập thành dự án.`,
  },
  PROCEDURE_HINT: {
    '': perCell('Ô ', ['amount', 'type', 'route'], (p) => `: ${p.amount} (${p.type}): ${p.route}`),
    scenario: (p) => `${p.option}: ${p.amount}. ${p.route}`,
    stateShare: (p) => `Phần vốn nhà nước ${p.actual} dưới ${p.expected}: ${p.source} chỉ áp dụng khi vốn nhà nước từ ${p.expected} trở lên hoặc chiếm tỷ lệ lớn nhất; kiểm tra lại cơ cấu nguồn vốn.`,
    mixed: (p) => `Ô ${p.cell}: ${p.amount} (${p.type}) gồm cả đầu tư và thuê ("${p.mode}"), chưa tách phần nào bao nhiêu. Phần đầu tư theo số tiền của riêng nó; nếu là cả ${p.invested}: ${p.route || NO_ROUTE_VI} Phần thuê: ${p.leaseRoute || NO_ROUTE_VI} Tách hai phần thành hai dòng (hoặc hai cột Đầu tư | Thuê) để biết thủ tục của từng phần.`,
    split: (p) => `Ô ${p.cell}: ${p.amount} (${p.type}) gồm đầu tư ${p.invested} và thuê ${p.leased}. Phần đầu tư ${p.invested}: ${p.route || NO_ROUTE_VI} Phần thuê ${p.leased}: ${p.leaseRoute || NO_ROUTE_VI}`,
  },
  LEASE_TERM_OUT_OF_RANGE: {
    '': (p) => `Ô ${p.cell}: thời gian thuê ${p.actual} năm dài hơn ${p.max} năm mà ${p.source} cho phép (không có ngoại lệ trên ${p.max} năm). Chia thành các kỳ thuê không quá ${p.max} năm, mỗi kỳ một kế hoạch thuê.`,
    scenario: (p) => `Thời hạn thuê ${p.actual} năm dài hơn ${p.max} năm mà ${p.source} cho phép (không có ngoại lệ trên ${p.max} năm): chia thành các kỳ thuê không quá ${p.max} năm.`,
    short: (p) => `Thời hạn thuê ${p.actual} năm ngắn hơn ${p.min} năm: chỉ được khi người có thẩm quyền phê duyệt kế hoạch thuê cho phép (${p.source}).`,
  },
  CONTINGENCY_OVER_LIMIT: {
    '': (p) => `Ô ${p.cell}: dự phòng ${p.actual} bằng ${p.share} tổng các chi phí khác (${p.base}), vượt mức tối đa ${p.max} của ${p.kind} (${p.source}). Giảm dự phòng hoặc nêu căn cứ.`,
    scenario: (p) => `Tỷ lệ dự phòng ${p.actual} vượt mức tối đa ${p.max} của ${p.kind} (${p.source}): giảm tỷ lệ dự phòng hoặc nêu căn cứ.`,
  },
  YEARS_SUM_MISMATCH: {
    '': (p) => `Ô ${p.cell}: các cột năm (${p.columns}) cộng lại được ${p.actual} nhưng tổng của dòng là ${p.expected} (lệch ${p.diff}). Sửa số từng năm hoặc số tổng.`,
    periods: (p) => `Ô ${p.cell}: các cột quý, tháng (${p.columns}) cộng lại được ${p.actual} nhưng số cả năm là ${p.expected} (lệch ${p.diff}). Sửa số từng quý, tháng hoặc số cả năm.`,
    phases: (p) => `Ô ${p.cell}: các cột giai đoạn (${p.columns}) cộng lại được ${p.actual} nhưng tổng của dòng là ${p.expected} (lệch ${p.diff}). Sửa số từng giai đoạn hoặc số tổng.`,
  },
  SOURCES_SUM_MISMATCH: {
    '': (p) => `Ô ${p.cell}: các cột nguồn vốn (${p.columns}) cộng lại được ${p.actual} nhưng tổng của dòng là ${p.expected} (lệch ${p.diff}). Sửa số từng nguồn hoặc số tổng.`,
    yearSources: (p) => `Ô ${p.cell}: các cột nguồn vốn của năm ${p.year} (${p.columns}) cộng lại được ${p.actual} nhưng tổng năm ${p.year} là ${p.expected} (lệch ${p.diff}). Sửa số từng nguồn hoặc số của năm.`,
    yearTypes: (p) => `Ô ${p.cell}: các cột loại chi của năm ${p.year} (${p.columns}: đầu tư phát triển, thường xuyên) cộng lại được ${p.actual} nhưng tổng năm ${p.year} là ${p.expected} (lệch ${p.diff}). Sửa số từng loại chi hoặc số của năm.`,
    units: (p) => `Ô ${p.cell}: số phân bổ cho các đơn vị, địa phương (${p.columns}) cộng lại được ${p.actual} nhưng tổng của dòng là ${p.expected} (lệch ${p.diff}). Sửa số phân bổ hoặc số tổng.`,
    types: (p) => `Ô ${p.cell}: các cột loại chi (${p.columns}: đầu tư phát triển, thường xuyên) cộng lại được ${p.actual} nhưng tổng của dòng là ${p.expected} (lệch ${p.diff}). Sửa số từng loại chi hoặc số tổng.`,
    modes: (p) => `Ô ${p.cell}: các cột đầu tư và thuê dịch vụ (${p.columns}) cộng lại được ${p.actual} nhưng tổng của dòng là ${p.expected} (lệch ${p.diff}). Sửa số đầu tư, số thuê hoặc số tổng.`,
    balanceSpent: (p) => `Ô ${p.cell}: số đã thực hiện (đã chi, giải ngân) và số còn lại (${p.columns}) cộng lại được ${p.actual} nhưng tổng của dòng là ${p.expected} (lệch ${p.diff}). Sửa số đã thực hiện, số còn lại hoặc số tổng.`,
    balance: (p) => `Ô ${p.cell}: số đã bố trí và số còn lại (${p.columns}) cộng lại được ${p.actual} nhưng tổng của dòng là ${p.expected} (lệch ${p.diff}). Sửa số đã bố trí, số còn lại hoặc số tổng.`,
    tax: (p) => `Ô ${p.cell}: giá trị trước thuế và thuế GTGT (${p.columns}) cộng lại được ${p.actual} nhưng giá trị sau thuế là ${p.expected} (lệch ${p.diff}). Sửa giá trị trước thuế, tiền thuế hoặc giá trị sau thuế.`,
    adjust: (p) => `Ô ${p.cell}: số đã giao và số điều chỉnh (${p.columns}) cộng lại được ${p.actual} nhưng số sau điều chỉnh là ${p.expected} (lệch ${p.diff}). Sửa số điều chỉnh hoặc số sau điều chỉnh.`,
    supplement: (p) => `Ô ${p.cell}: số giao đầu năm và số bổ sung (${p.columns}) cộng lại được ${p.actual} nhưng tổng dự toán là ${p.expected} (lệch ${p.diff}). Sửa số bổ sung hoặc tổng dự toán.`,
    adjustMinus: (p) => `Ô ${p.cell}: số đã giao, cộng số tăng, trừ số giảm (${p.columns}) được ${p.actual} nhưng số sau điều chỉnh là ${p.expected} (lệch ${p.diff}). Sửa số tăng, số giảm hoặc số sau điều chỉnh.`,
    differenceMinus: (p) => `Ô ${p.cell}: cột chênh lệch ghi ${p.expected} nhưng hiệu của hai số (${p.columns}) là ${p.actual} (lệch ${p.diff}). Sửa số chênh lệch hoặc một trong hai số.`,
  },
  DUPLICATE_ITEM: {
    '': (p) => `Ô ${p.cell}: "${p.name}" (${p.amount}) trùng với ${p.others}: cùng tên và cùng số tiền. Kiểm tra xem dự án có bị đề xuất hai lần không.`,
  },
  RULESET_UNCONFIRMED: {
    '': (p) => `${p.rule}${p.cells ? ` (${p.cells})` : ''} dựa trên ${p.cite}: ${p.status}. Đối chiếu văn bản chính thức (Công báo) trước khi dùng làm căn cứ.`,
    unknown: (p) => `Áp dụng ${p.ruleSet} (hiệu lực ${p.span}; ${p.status}) nhưng công cụ chưa có văn bản của nghị định này, nên không kiểm tra: ${p.checks}. Không dùng ngưỡng của nghị định khác thay thế; đối chiếu văn bản chính thức.`,
    amended: (p) => `${p.ruleSet} đã được sửa đổi bởi Nghị định 82/2024/NĐ-CP (theo báo chí, ký ngày 10/7/2024) trước ngày ${p.date}; nội dung sửa đổi chưa có trong công cụ, các ngưỡng dùng ở đây là bản năm 2019. Đối chiếu văn bản hợp nhất.`,
    before: (p) => `Ngày ${p.date} trước khi ${p.ruleSet} có hiệu lực (${p.from}); khi đó áp dụng Nghị định 102/2009/NĐ-CP, công cụ chưa có: các gợi ý theo ${p.ruleSet} chỉ để tham khảo.`,
    notYet: (p) => `${p.rule} (${p.cite}) có hiệu lực từ ${p.from}, sau ngày ${p.date}: không kiểm tra.`,
  },  AMOUNT_PRICE_MISMATCH: {
    '': (p) => `Ô ${p.cell}: thành tiền ghi ${p.actual} nhưng ${p.factors} = ${p.expected} (lệch ${p.diff}). Sửa thành tiền, số lượng hoặc đơn giá.`,
  },
  RATE_LINE_MISMATCH: {
    '': (p) => `Ô ${p.cell}: dòng "${p.name}" ghi ${p.actual} nhưng ${p.rate} của ${p.base} (các khoản mục tính trên) là ${p.expected} (lệch ${p.diff}). Sửa số tiền hoặc tỷ lệ ghi trong tên dòng.`,
    method: (p) => `Ô ${p.cell}: dòng "${p.name}" ghi ${p.actual} nhưng tính theo cách tính "${p.method}" từ các dòng của bảng là ${p.expected} (lệch ${p.diff}). Sửa số tiền hoặc cách tính.`,
  },
  FORMULA_UNCALCULATED: {
    '': (p) => `${p.count} ô tiền có công thức nhưng tệp không lưu kết quả (${p.cells}; ví dụ ${p.formula}): tệp được tạo bằng phần mềm khác và chưa được tính lại. Các ô này không được cộng và không được kiểm tra. Mở tệp bằng Excel, lưu lại rồi kiểm tra lại.`,
  },
  PERCENT_MISMATCH: {
    '': (p) => `Ô ${p.cell}: tỷ lệ ghi ${p.actual}% nhưng ${p.part} / ${p.whole} = ${p.expected} ("${p.partHeader}" trên "${p.wholeHeader}"). Sửa tỷ lệ hoặc số liệu của dòng.`,
    ofTotal: (p) => `Ô ${p.cell}: tỷ trọng ghi ${p.actual}% nhưng ${p.part} trên tổng ${p.whole} là ${p.expected}. Sửa tỷ trọng hoặc số liệu của dòng.`,
  },
  FORMULA_COUNTS_TWICE: {
    '': (p) => `Ô ${p.cell}: công thức ${p.formula} cộng cả dòng tổng ${p.subtotals} lẫn các mục đã nằm trong đó (${p.cells}), nên ${p.extra} bị tính hai lần. Cộng mỗi khoản một lần${p.suggestion ? `, ví dụ ${p.suggestion}` : ''}.`,
  },
  HIDDEN_ROWS: {
    '': (p) => `${p.count} dòng bị ẩn vẫn ghi số tiền (dòng ${p.rows}; cộng ${p.amount}) và vẫn được tính vào tổng như SUM tính: màn hình và bản in không thấy các dòng này nên không đối chiếu được tổng. Hiện các dòng đó, hoặc xóa nếu đã bỏ.`,
    excluded: (p) => `${p.count} dòng bị ẩn vẫn ghi số tiền (dòng ${p.rows}; cộng ${p.amount}) nhưng công thức ${p.formula} ở ô ${p.total} bỏ qua dòng ẩn, nên số tổng ghi trong bảng không gồm các dòng này, còn tổng theo nguồn vốn và theo năm ở đây vẫn tính. Nếu đã bỏ các mục đó, xóa dòng; nếu còn, hiện dòng và dùng SUM.`,
  },
  ALLOCATION_OVER_TOTAL: {
    '': (p) => `Ô ${p.cell}: dự án "${p.name}" đã được bố trí ${p.before}, thêm ${p.year} của năm kế hoạch là vượt tổng mức đầu tư ${p.total} (vượt ${p.over}). Số còn được bố trí nhiều nhất là ${p.left}; kiểm tra lại số vốn, số lũy kế hoặc tổng mức đầu tư (đã điều chỉnh?).`,
    period: (p) => `Ô ${p.cell}: dự án "${p.name}" đã được bố trí ${p.before}, thêm ${p.year} của kế hoạch giai đoạn ${p.period} là vượt tổng mức đầu tư ${p.total} (vượt ${p.over}). Số còn được bố trí nhiều nhất là ${p.left}; kiểm tra lại số vốn, số lũy kế hoặc tổng mức đầu tư (đã điều chỉnh?).`,
  },
  RECAP_SOURCE_MISMATCH: {
    '': (p) => `Ô ${p.cell}: dòng tóm tắt theo nguồn dưới tổng cộng ghi ${p.source} ${p.actual} nhưng các mục có nguồn ${p.source} cộng lại được ${p.expected} (lệch ${p.diff}). Sửa dòng tóm tắt hoặc nguồn vốn của các mục.`,
  },
  AMOUNT_WORDS_MISMATCH: {
    '': (p) => `Ô ${p.cell}: số tiền bằng chữ "${p.words}" là ${p.said} nhưng tổng cộng của bảng là ${p.total}. Tổng cộng viết bằng chữ là "${p.suggestion}".`,
  },
};

const EN: Catalog = {
  SUBTOTAL_MISMATCH: {
    '': (p) => `Cell ${p.cell}: the subtotal says ${p.actual} but its items add up to ${p.expected} (off by ${p.diff}). Check the subtotal or its items.`,
    total: (p) => `Cell ${p.cell}: the grand total says ${p.actual} but the items add up to ${p.expected} (off by ${p.diff}). Check the total row.`,
    sheet: (p) => `Cell ${p.cell}: the total of the tables says ${p.actual} but the ${p.tables} tables on the sheet add up to ${p.expected} (off by ${p.diff}). Check the total row or the tables.`,
    appendix: (p) => `Cell ${p.cell}: the line "${p.name}" says ${p.actual} but that appendix (${p.table}) totals ${p.expected} (off by ${p.diff}). Make them agree, or take the figure by a formula pointing at the appendix's total.`,
  },
  SUBTOTAL_MISSING: {
    '': (p) => `Cell ${p.cell}: "${p.name}" has items with money but no subtotal; they add up to ${p.expected}. Enter the subtotal (or a SUM formula).`,
  },
  AMOUNT_UNREADABLE: {
    '': (p) => `Cell ${p.cell}: cannot read an amount from "${p.text}"${p.reason ? ` (${p.reason})` : ''}. Write it as 1.234,5${p.suggestion ? `; the value that matches the parent's subtotal is ${p.suggestion}` : ''}.`,
    excelError: (p) => `Cell ${p.cell}: the formula${p.formula ? ` ${p.formula}` : ''} shows Excel's error ${p.text}, so the cell holds no amount and is not added up. Fix the formula (a deleted cell it refers to, a division by 0, text in a calculation…)${p.suggestion ? `; the value that matches the parent's subtotal is ${p.suggestion}` : ''}.`,
  },
  AMOUNT_MISSING: {
    '': (p) => `Cell ${p.cell}: "${p.name}" has no amount while its siblings do. Enter the amount, or "-" if there is deliberately none${p.suggestion ? `; the value that matches the parent's subtotal is ${p.suggestion}` : ''}.`,
    stray: (p) => `Cell ${p.cell}: "${p.name}" has no amount, while its time cell ${p.timeCell} says "${p.time}": the amount may have been pasted into the wrong column. Enter the amount in ${p.cell} and fix the time cell${p.suggestion ? `; the value that matches the parent's subtotal is ${p.suggestion}` : ''}.`,
  },
  AMOUNT_AMBIGUOUS: {
    '': (p) => `Cell ${p.cell}: "${p.text}" can be read more than one way (a range, several figures, or an unclear separator); ${p.actual} was counted. Write one plain amount (1.234,5) so the totals rest on no guess.`,
  },
  AMOUNT_LOOKS_LIKE_YEAR: {
    '': (p) => `Cell ${p.cell}: the amount "${p.year}" looks like a year while the time cell ${p.timeCell} is empty; it is counted as ${p.amount}. If it is the year of investment or lease, put it in ${p.timeCell} and enter the amount (or leave it blank) in ${p.cell}.`,
    noTime: (p) => `Cell ${p.cell}: the amount "${p.year}" looks like a year and the row states no other year; it is counted as ${p.amount}. If it is the year of investment or lease, enter the real amount (or leave it blank) in ${p.cell}.`,
  },
  UNIT_SUSPECT: {
    big: (p) => `Cell ${p.cell}: ${p.actual} ${p.unit} is implausibly large (${p.asDong}); it may have been entered in đồng. Check the unit.`,
    small: (p) => `Cell ${p.cell}: ${p.actual} ${p.unit} is implausibly small; it may have been entered in triệu đồng. Check the unit.`,
    conflict: (p) => `Cell ${p.cell}: the unit line says ${p.line} but the column header says ${p.header}; the figures are read in ${p.header}. Make the two agree.`,
    assumed: (p) => `The table states no unit and every amount (the smallest ${p.smallest}) is implausibly large in triệu đồng, so they are read in đồng. Add a line "Đơn vị tính: đồng" (or the right unit) above the table.`,
  },
  ANNUAL_MISMATCH: {
    '': (p) => `Cell ${p.cell}: the yearly rate in "${p.text}" times ${p.count} years (${p.years}) is ${p.expected}, not the total ${p.actual}. Fix the rate or the total.`,
    column: (p) => `Cell ${p.cell}: the yearly rate ${p.rate} (cell ${p.rateCell}) times ${p.count} years (${p.years}) is ${p.expected}, not the total ${p.actual}. Fix the rate or the total.`,
  },
  DISBURSED_EXCEEDS: {
    '': (p) => `Cell ${p.cell}: the amount disbursed in ${p.year} (${p.actual}) exceeds the total ${p.expected}. Check the disbursed figure.`,
    column: (p) => `Cell ${p.cell}: the amount disbursed, ${p.actual}, exceeds the capital allocated, ${p.expected} (cell ${p.capCell}), by ${p.diff}. No more can be disbursed than was allocated: check both figures.`,
    columnTotal: (p) => `Cell ${p.cell}: the amount disbursed, ${p.actual}, exceeds the total ${p.expected} (cell ${p.capCell}) by ${p.diff}. Check the disbursed figure or the total.`,
  },
  SOURCE_SPLIT_MISMATCH: {
    '': (p) => `Cell ${p.cell}: the funding sources add up to ${p.actual} but the row's amount is ${p.expected} (off by ${p.diff}). Fix the per-source amounts.`,
  },
  SOURCE_MISSING: {
    '': (p) => `Cell ${p.cell}: "${p.name}" has money (${p.amount}) but no funding source. Enter NSTW, NSĐP, ODA or Khác.`,
    table: (p) => `Table ${p.range} has no funding-source column; totals by source are not possible. Add a "Nguồn vốn" column.`,
    unsplit: (p) => `Cell ${p.cell}: "${p.name}" names several sources (${p.sources}) but not each one's share; its ${p.amount} counts as "Chưa rõ" in the totals by source. Write each source's amount (${p.example}).`,
  },
  SOURCE_UNKNOWN: {
    '': (p) => `Cell ${p.cell}: cannot classify the funding source "${p.text}". Name NSTW, NSĐP, ODA or Khác (XHH).`,
    state: (p) => `Cell ${p.cell}: "${p.text}" covers both the central (NSTW) and the local budget (NSĐP). Say which, or split the amount by source (NSTW: …; NSĐP: …).`,
    programme: (p) => `Cell ${p.cell}: "${p.text}" is a programme, not yet a funding source: a national target programme is funded by NSTW support and the locality's counterpart (NSĐP). Say which, or split the amount by source (NSTW: …; NSĐP: …).`,
    level: (p) => `Cell ${p.cell}: "${p.text}" names the kind of spending (${p.type === 'ĐTPT' ? 'development investment' : 'recurrent'}) but not the budget it comes from. Say NSTW or NSĐP, e.g. "NSĐP (${p.text})".`,
    money: (p) => `Cell ${p.cell}: the funding-source column holds an amount ("${p.text}"): this row's cells may have slipped a column. Move the amount to the amount column and name the source (NSTW, NSĐP, ODA or Khác) in ${p.cell}.`,
  },
  TIME_UNREADABLE: {
    '': (p) => `Cell ${p.cell}: cannot read the time "${p.text}"; money cannot be spread over years. Write 2021-2023, "2021, 2022" or "Hàng năm".`,
    empty: (p) => `Cell ${p.cell}: "${p.name}" has money but no time; it cannot be spread over years.`,
    annual: (p) => `Cell ${p.cell}: "${p.text}" means every year, but the plan period is unknown. Use --period 2021-2025 or a "GIAI ĐOẠN …" title line.`,
  },
  OUTSIDE_PERIOD: {
    '': (p) => `Cell ${p.cell}: "${p.name}" has ${p.actual} in ${p.years}, outside the plan period ${p.period}. Money spent before the period must not be counted again.`,
    after: (p) => `Cell ${p.cell}: "${p.name}" has ${p.actual} in ${p.years}, after the plan period ${p.period}. That part belongs to the next period's plan, not to this one.`,
    both: (p) => `Cell ${p.cell}: "${p.name}" has ${p.actual} in ${p.years}, outside the plan period ${p.period} (before and after it). Money spent before the period must not be counted again; the later years belong to the next period's plan.`,
  },
  STT_SEQUENCE: {
    order: (p) => `Cell ${p.cell}: number "${p.actual}" does not follow "${p.previous}"; expected "${p.expected}".`,
    duplicate: (p) => `Cell ${p.cell}: number "${p.actual}" is repeated within the same section.`,
    style: (p) => `Cell ${p.cell}: number "${p.actual}" is of the wrong style; expected "${p.expected}" here.`,
    prefix: (p) => `Cell ${p.cell}: number "${p.actual}" does not belong to its parent "${p.parent}"; expected "${p.expected}".`,
  },
  SECURITY_SHARE_LOW: {
    '': (p) => `Information-security spending is ${p.actual} (${p.share}) of ${p.total}, below the minimum ${p.min}. If security items are in another appendix, check both.`,
    tables: (p) => `Information-security spending across the ${p.count} tables of this period (${p.tables}) is ${p.actual} (${p.share}) of ${p.total}, below the minimum ${p.min}.`,
  },
  FORMULA_RANGE_INCOMPLETE: {
    '': (p) => `Cell ${p.cell}: the formula ${p.formula} leaves out ${p.missing}. Extend the range to include them.`,
  },
  FORMULA_IGNORES_TEXT: {
    '': (p) => `Cell ${p.cell}: the formula ${p.formula} covers text cells (${p.cells}); SUM skips them, so ${p.missing} is missing. Put numbers in those cells and move the notes to another column.`,
  },
  FORMULA_HARDCODED: {
    '': (p) => `Cell ${p.cell}: the subtotal is typed as a constant (${p.actual}) while its items are numbers; use ${p.suggestion} so it updates itself.`,
  },
  LEASE_ON_INVESTMENT_CAPITAL: {
    '': (p) => `Cell ${p.cell}: "${p.name}" is a service lease funded as development investment (ĐTPT), which ${p.source} does not allow. Fund it from recurrent spending or run it as a project.`,
  },
  PROCEDURE_HINT: {
    '': perCell('Cell ', ['amount', 'type', 'route'], (p) => `: ${p.amount} (${p.type}): ${p.route}`),
    scenario: (p) => `${p.option}: ${p.amount}. ${p.route}`,
    stateShare: (p) => `State share ${p.actual} is below ${p.expected}: ${p.source} applies only when the state share is at least ${p.expected} or the largest share; check the funding structure.`,
    mixed: (p) => `Cell ${p.cell}: ${p.amount} (${p.type}) both invests and leases ("${p.mode}"), without saying how much each. The investment goes by its own amount; if it is the whole ${p.invested}: ${p.route || NO_ROUTE_EN} The lease: ${p.leaseRoute || NO_ROUTE_EN} Put the two parts on two lines (or in two columns Invest | Lease) to know each one's procedure.`,
    split: (p) => `Cell ${p.cell}: ${p.amount} (${p.type}) is ${p.invested} invested and ${p.leased} leased. The investment of ${p.invested}: ${p.route || NO_ROUTE_EN} The lease of ${p.leased}: ${p.leaseRoute || NO_ROUTE_EN}`,
  },
  LEASE_TERM_OUT_OF_RANGE: {
    '': (p) => `Cell ${p.cell}: a lease term of ${p.actual} years is longer than the ${p.max} years ${p.source} allows (there is no exception above ${p.max} years). Split it into leases of at most ${p.max} years, each with its own lease plan.`,
    scenario: (p) => `Lease term of ${p.actual} years is longer than the ${p.max} years ${p.source} allows (there is no exception above ${p.max} years): split it into leases of at most ${p.max} years.`,
    short: (p) => `Lease term of ${p.actual} years is shorter than ${p.min} year: allowed only with the lease-plan approver's permission (${p.source}).`,
  },
  CONTINGENCY_OVER_LIMIT: {
    '': (p) => `Cell ${p.cell}: contingency ${p.actual} is ${p.share} of the other costs (${p.base}), above the ${p.max} allowed for ${p.kind} (${p.source}). Lower it or state the grounds.`,
    scenario: (p) => `Contingency rate ${p.actual} is above the ${p.max} allowed for ${p.kind} (${p.source}): lower it or state the grounds.`,
  },
  YEARS_SUM_MISMATCH: {
    '': (p) => `Cell ${p.cell}: the year columns (${p.columns}) add up to ${p.actual} but the row's total is ${p.expected} (off by ${p.diff}). Fix the yearly figures or the total.`,
    periods: (p) => `Cell ${p.cell}: the quarter or month columns (${p.columns}) add up to ${p.actual} but the year's figure is ${p.expected} (off by ${p.diff}). Fix the quarterly or monthly figures or the year's figure.`,
    phases: (p) => `Cell ${p.cell}: the phase columns (${p.columns}) add up to ${p.actual} but the row's total is ${p.expected} (off by ${p.diff}). Fix each phase's figure or the total.`,
  },
  SOURCES_SUM_MISMATCH: {
    '': (p) => `Cell ${p.cell}: the funding-source columns (${p.columns}) add up to ${p.actual} but the row's total is ${p.expected} (off by ${p.diff}). Fix the per-source figures or the total.`,
    yearSources: (p) => `Cell ${p.cell}: the funding-source columns of ${p.year} (${p.columns}) add up to ${p.actual} but the total for ${p.year} is ${p.expected} (off by ${p.diff}). Fix the per-source figures or the year's figure.`,
    yearTypes: (p) => `Cell ${p.cell}: the spending-type columns of ${p.year} (${p.columns}: development investment, recurrent) add up to ${p.actual} but the total for ${p.year} is ${p.expected} (off by ${p.diff}). Fix the per-type figures or the year's figure.`,
    units: (p) => `Cell ${p.cell}: the amounts shared out among units or places (${p.columns}) add up to ${p.actual} but the row's total is ${p.expected} (off by ${p.diff}). Fix the shares or the total.`,
    types: (p) => `Cell ${p.cell}: the spending-type columns (${p.columns}: development investment, recurrent) add up to ${p.actual} but the row's total is ${p.expected} (off by ${p.diff}). Fix the per-type figures or the total.`,
    modes: (p) => `Cell ${p.cell}: the investment and lease columns (${p.columns}) add up to ${p.actual} but the row's total is ${p.expected} (off by ${p.diff}). Fix the investment figure, the lease figure or the total.`,
    balanceSpent: (p) => `Cell ${p.cell}: the spent (disbursed) and remaining columns (${p.columns}) add up to ${p.actual} but the row's total is ${p.expected} (off by ${p.diff}). Fix the spent figure, the remaining figure or the total.`,
    balance: (p) => `Cell ${p.cell}: the allocated and remaining columns (${p.columns}) add up to ${p.actual} but the row's total is ${p.expected} (off by ${p.diff}). Fix the allocated figure, the remaining figure or the total.`,
    tax: (p) => `Cell ${p.cell}: the value before tax and the VAT (${p.columns}) add up to ${p.actual} but the value after tax is ${p.expected} (off by ${p.diff}). Fix the value before tax, the tax or the value after tax.`,
    adjust: (p) => `Cell ${p.cell}: the figure given and the adjustment (${p.columns}) add up to ${p.actual} but the figure after adjustment is ${p.expected} (off by ${p.diff}). Fix the adjustment or the figure after it.`,
    supplement: (p) => `Cell ${p.cell}: the figure given at the start of the year and the supplement (${p.columns}) add up to ${p.actual} but the total budget is ${p.expected} (off by ${p.diff}). Fix the supplement or the total.`,
    adjustMinus: (p) => `Cell ${p.cell}: the figure given, plus the increase, less the decrease (${p.columns}) comes to ${p.actual} but the figure after adjustment is ${p.expected} (off by ${p.diff}). Fix the increase, the decrease or the figure after it.`,
    differenceMinus: (p) => `Cell ${p.cell}: the difference column says ${p.expected} but the two figures (${p.columns}) differ by ${p.actual} (off by ${p.diff}). Fix the difference or one of the two figures.`,
  },
  DUPLICATE_ITEM: {
    '': (p) => `Cell ${p.cell}: "${p.name}" (${p.amount}) repeats ${p.others}: same name and amount. Check whether the project was submitted twice.`,
  },
  RULESET_UNCONFIRMED: {
    '': (p) => `${p.rule}${p.cells ? ` (${p.cells})` : ''} rests on ${p.cite}: ${p.status}. Check the official text (Công báo) before relying on it.`,
    unknown: (p) => `Applying ${p.ruleSet} (in force ${p.span}; ${p.status}), but this tool has no text of that decree, so it does not check: ${p.checks}. No other decree's thresholds stand in; check the official text.`,
    amended: (p) => `${p.ruleSet} was amended by Nghị định 82/2024/NĐ-CP (reported signed 10/7/2024) before ${p.date}; the amendment is not in this tool, whose thresholds are the 2019 wording. Check the consolidated text.`,
    before: (p) => `${p.date} is before ${p.ruleSet} took effect (${p.from}); Nghị định 102/2009/NĐ-CP applied then, which this tool does not know: hints under ${p.ruleSet} are indicative only.`,
    notYet: (p) => `${p.rule} (${p.cite}) took effect on ${p.from}, after ${p.date}: not checked.`,
  },  AMOUNT_PRICE_MISMATCH: {
    '': (p) => `Cell ${p.cell}: the amount is ${p.actual} but ${p.factors} = ${p.expected} (off by ${p.diff}). Fix the amount, the quantity or the unit price.`,
  },
  RATE_LINE_MISMATCH: {
    '': (p) => `Cell ${p.cell}: the line "${p.name}" states ${p.actual} but ${p.rate} of ${p.base} (the items it is worked out from) is ${p.expected} (off by ${p.diff}). Fix the amount or the rate in the line's name.`,
    method: (p) => `Cell ${p.cell}: the line "${p.name}" states ${p.actual} but its method "${p.method}", worked out from the table's lines, gives ${p.expected} (off by ${p.diff}). Fix the amount or the method.`,
  },
  FORMULA_UNCALCULATED: {
    '': (p) => `${p.count === '1' ? 'One money cell holds' : `${p.count} money cells hold`} a formula but the file saved no result (${p.cells}; e.g. ${p.formula}): the file was written by another program and never calculated. These cells are not added up or checked. Open the file in Excel, save it, and check again.`,
  },
  PERCENT_MISMATCH: {
    '': (p) => `Cell ${p.cell}: the percentage states ${p.actual}% but ${p.part} / ${p.whole} = ${p.expected} ("${p.partHeader}" over "${p.wholeHeader}"). Fix the percentage or the row's figures.`,
    ofTotal: (p) => `Cell ${p.cell}: the share states ${p.actual}% but ${p.part} of the total ${p.whole} is ${p.expected}. Fix the share or the row's figures.`,
  },
  FORMULA_COUNTS_TWICE: {
    '': (p) => `Cell ${p.cell}: the formula ${p.formula} adds both the subtotals ${p.subtotals} and the items already in them (${p.cells}), so ${p.extra} is counted twice. Add each amount once${p.suggestion ? `, e.g. ${p.suggestion}` : ''}.`,
  },
  HIDDEN_ROWS: {
    '': (p) => `${p.count === '1' ? 'One hidden row holds' : `${p.count} hidden rows hold`} money (${p.count === '1' ? 'row' : 'rows'} ${p.rows}; ${p.amount} in all), counted in the totals as SUM counts it: the screen and the printout do not show ${p.count === '1' ? 'it' : 'them'}, so the totals cannot be checked against what is shown. Unhide the rows, or delete them if they were dropped.`,
    excluded: (p) => `${p.count === '1' ? 'One hidden row holds' : `${p.count} hidden rows hold`} money (${p.count === '1' ? 'row' : 'rows'} ${p.rows}; ${p.amount} in all), but the formula ${p.formula} in cell ${p.total} leaves hidden rows out, so the total stated in the table does not hold ${p.count === '1' ? 'it' : 'them'}, while the totals by source and year here do. If the items were dropped, delete the rows; if not, unhide them and use SUM.`,
  },
  ALLOCATION_OVER_TOTAL: {
    '': (p) => `Cell ${p.cell}: "${p.name}" has been given ${p.before}; with the year's ${p.year} it exceeds its total investment of ${p.total} (by ${p.over}). At most ${p.left} can still be given; check the year's figure, the amount given so far or the total investment (adjusted?).`,
    period: (p) => `Cell ${p.cell}: "${p.name}" has been given ${p.before}; with the ${p.period} plan's ${p.year} it exceeds its total investment of ${p.total} (by ${p.over}). At most ${p.left} can still be given; check the plan's figure, the amount given so far or the total investment (adjusted?).`,
  },
  RECAP_SOURCE_MISMATCH: {
    '': (p) => `Cell ${p.cell}: the recap line under the total states ${p.source} ${p.actual} but the items funded by ${p.source} add up to ${p.expected} (off by ${p.diff}). Fix the recap line or the items' sources.`,
  },
  AMOUNT_WORDS_MISMATCH: {
    '': (p) => `Cell ${p.cell}: the amount in words "${p.words}" is ${p.said} but the table's total is ${p.total}. The total in words is "${p.suggestion}".`,
  },
};

export function message(lang: Lang, code: FindingCode, variant: string, params: MessageParams): string {
  const catalog = lang === 'en' ? EN : VI;
  const templates = catalog[code];
  const template = templates?.[variant] ?? templates?.[''];
  return template ? template(params) : code;
}
