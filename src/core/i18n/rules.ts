// Texts of the legal rule sets, Vietnamese first: which procedure a line leads to, which law was
// applied and why, how sure we are of a text, and what a rule is called when a finding rests on
// it. Documents and articles are named as the law writes them, in both languages.
import type { Decimal } from '../decimal';
import type { RuleSetChoice } from '../rulesets/choose';
import type { Citation, LegalStatus, Rule, RuleKey, RuleSet } from '../rulesets/types';
import type { Lang } from '../types';

type Text = Record<Lang, string>;

/** "Nghị định 73/2019/NĐ-CP, Điều 51 khoản 2". */
export function cite(c: Citation): string {
  return `${c.document}, ${c.article}`;
}

/** Several rules of one document cited once: "Nghị định 73/2019/NĐ-CP, Điều 52 khoản 2; Điều 52 khoản 1". */
export function citeAll(rules: readonly Citation[]): string {
  const byDoc = new Map<string, string[]>();
  for (const r of rules) byDoc.set(r.document, [...(byDoc.get(r.document) ?? []), r.article]);
  return [...byDoc].map(([doc, articles]) => `${doc}, ${[...new Set(articles)].join('; ')}`).join('; ');
}

/** ISO date as officers write it: 2020-01-01 → 01/01/2020. */
export function dmy(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

const STATUS: Record<LegalStatus, Text> = {
  confirmed: { vi: 'văn bản đã đối chiếu với Bộ pháp điển', en: 'text checked against the legal code' },
  transcription: { vi: 'bản chép lại của bên thứ ba, chưa đối chiếu Công báo', en: 'a third-party transcription, not checked against the gazette' },
  reported: { vi: 'chỉ theo nguồn thứ cấp (báo chí, trang hỏi đáp pháp luật), chưa có văn bản', en: 'reported by secondary sources (news, legal Q&A sites), text not seen' },
};

export function statusWords(status: LegalStatus, lang: Lang): string {
  return STATUS[status][lang];
}

// Thresholds read as the decree writes them: "200 triệu đồng", "15 tỷ đồng".
function money(dong: Decimal | null, lang: Lang): string {
  if (dong === null) return '';
  if (dong.gte(1e9)) return lang === 'vi' ? `${dong.div(1e9).toFixed()} tỷ đồng` : `${dong.div(1e9).toFixed()} billion đồng`;
  return lang === 'vi' ? `${dong.div(1e6).toFixed()} triệu đồng` : `${dong.div(1e6).toFixed()} million đồng`;
}

/** How a route is worded; the rule set decides which articles fill it. */
export type RouteWording =
  | 'oneStep' | 'twoStep' | 'tierLow' | 'tierOutline' | 'tierProject' | 'recurrentProjectByKind'
  | 'purchase' | 'operate' | 'marketLease' | 'customLease' | 'leaseEither' | 'leaseOnInvestment';

export interface RouteThresholds {
  oneStep: Decimal | null;
  low: Decimal | null;
  high: Decimal | null;
}

// ND 224 and ND 73 structure the same routes differently; the texts follow each decree's words.
function isNd224(set: RuleSet): boolean {
  return set.id === 'nd224-2026';
}

export function routeWords(wording: RouteWording, set: RuleSet, rules: readonly Rule<unknown>[], t: RouteThresholds): Text {
  const c = citeAll(rules);
  const n224 = isNd224(set);
  switch (wording) {
    case 'oneStep':
      return {
        vi: `Tổng mức đầu tư không quá ${money(t.oneStep, 'vi')}: thiết kế một bước, lập báo cáo kinh tế - kỹ thuật (${c})${n224 ? '' : '; người quyết định đầu tư vẫn có thể yêu cầu thiết kế hai bước'}.`,
        en: `Total investment at most ${money(t.oneStep, 'en')}: one-step design with an economic-technical report (${c})${n224 ? '' : '; the approver may still require two-step design'}.`,
      };
    case 'twoStep':
      return n224
        ? {
          vi: `Tổng mức đầu tư trên ${money(t.oneStep, 'vi')}: thiết kế hai bước, lập báo cáo nghiên cứu khả thi (${set.name}, Điều 42 khoản 3), trừ khi cấp quyết định đầu tư cho phép thiết kế một bước (Điều 42 khoản 2 điểm b) (${c}).`,
          en: `Total investment above ${money(t.oneStep, 'en')}: two-step design with a feasibility study (${set.name}, Điều 42 khoản 3), unless the approver allows one-step design (Điều 42 khoản 2 điểm b) (${c}).`,
        }
        : {
          vi: `Tổng mức đầu tư trên ${money(t.oneStep, 'vi')}: thường lập báo cáo nghiên cứu khả thi, thiết kế hai bước (${set.name}, Điều 10 khoản 3); vẫn được thiết kế một bước nếu là mua sắm thay thế, thiết bị không cần lắp đặt, phần mềm thương mại (Điều 10 khoản 2 điểm a) hoặc đủ điều kiện thiết kế chi tiết và xác định dự toán (Điều 10 khoản 2 điểm c).`,
          en: `Total investment above ${money(t.oneStep, 'en')}: usually a feasibility study with two-step design (${set.name}, Điều 10 khoản 3); one-step design is still allowed for replacement purchases, equipment needing no installation, commercial software (Điều 10 khoản 2 điểm a) or a project ready for detailed design and estimate (Điều 10 khoản 2 điểm c).`,
        };
    case 'tierLow':
      return {
        vi: `Chi thường xuyên không quá ${money(t.low, 'vi')} để thiết lập mới, mở rộng, nâng cấp: chỉ thực hiện theo quy định về mua sắm (${c}).`,
        en: `Recurrent spending of at most ${money(t.low, 'en')} to build, extend or upgrade: procurement rules only (${c}).`,
      };
    case 'tierOutline':
      return {
        vi: `Chi thường xuyên trên ${money(t.low, 'vi')} đến ${money(t.high, 'vi')} để thiết lập mới, mở rộng, nâng cấp: lập đề cương và dự toán chi tiết (${c}; Thông tư 03/2020/TT-BTTTT).`,
        en: `Recurrent spending above ${money(t.low, 'en')} up to ${money(t.high, 'en')} to build, extend or upgrade: an outline and detailed estimate (${c}; Thông tư 03/2020/TT-BTTTT).`,
      };
    case 'tierProject':
      return {
        vi: `Chi thường xuyên trên ${money(t.high, 'vi')} để thiết lập mới, mở rộng, nâng cấp: thực hiện theo quy định về quản lý dự án đầu tư ứng dụng CNTT (${c}).`,
        en: `Recurrent spending above ${money(t.high, 'en')} to build, extend or upgrade: follow the rules for IT investment projects (${c}).`,
      };
    case 'recurrentProjectByKind':
      return {
        vi: `Xây dựng, phát triển, nâng cấp, mở rộng bằng chi thường xuyên: thực hiện theo hình thức dự án, không phân theo số tiền (${c}), trừ các trường hợp không phải lập dự án của Điều 65 khoản 1.`,
        en: `Building, developing, upgrading or extending from recurrent spending: run as a project whatever the amount (${c}), except the cases of Điều 65 khoản 1 that need none.`,
      };
    case 'purchase':
      return {
        vi: `Mua sắm (thay thế, dự phòng thiết bị, thiết bị không cần lắp đặt, phần mềm thương mại) bằng chi thường xuyên: theo quy định về mua sắm, không phụ thuộc số tiền${n224 ? ', không phải lập dự án' : ''} (${c}). Nếu thực chất là thiết lập mới hệ thống, xem lại.`,
        en: `Purchases (replacement or spare equipment, equipment needing no installation, commercial software) from recurrent spending: procurement rules whatever the amount${n224 ? ', no project needed' : ''} (${c}). If it really builds a new system, review.`,
      };
    case 'operate':
      return {
        vi: `Duy trì, vận hành, bảo trì, quản trị, hỗ trợ kỹ thuật, dịch vụ an toàn thông tin bằng chi thường xuyên: theo quy định về mua sắm, không phụ thuộc số tiền (${c}).`,
        en: `Maintenance, operation, administration, technical support or a security service from recurrent spending: procurement rules whatever the amount (${c}).`,
      };
    case 'marketLease':
      return n224
        ? {
          vi: `Thuê dịch vụ sẵn có trên thị trường: giá thuê theo báo giá của nhà cung cấp, được thuê nhiều năm, không phải lập kế hoạch thuê trừ khi cấp có thẩm quyền yêu cầu (${c}).`,
          en: `Lease of a service on the market: priced from the supplier's quote, may run several years, no lease plan unless the approver asks (${c}).`,
        }
        : {
          vi: `Thuê dịch vụ sẵn có trên thị trường: theo quy định về mua sắm, giá thuê theo giá thị trường; chỉ lập kế hoạch thuê khi người có thẩm quyền yêu cầu (${c}).`,
          en: `Lease of a service on the market: procurement rules at market price; a lease plan only if the approver asks (${c}).`,
        };
    case 'customLease':
      return n224
        ? {
          vi: `Thuê dịch vụ theo yêu cầu riêng: lập kế hoạch thuê, thẩm định không quá 20 ngày làm việc, phê duyệt không quá 03 ngày làm việc; dự toán gồm chi phí thuê, quản lý, tư vấn, khác, dự phòng (${c}).`,
          en: `Lease of a service built to the agency's requirements: a lease plan, appraised within 20 working days and approved within 3; its estimate has lease, management, consulting, other and contingency costs (${c}).`,
        }
        : {
          vi: `Thuê dịch vụ theo yêu cầu riêng: lập kế hoạch thuê, thẩm định (không quá 20 ngày) và phê duyệt; thời gian thuê từ 1 đến 5 năm; dự toán gồm chi phí thuê, quản lý, tư vấn, khác, dự phòng (${c}).`,
          en: `Lease of a service built to the agency's requirements: a lease plan, appraised (within 20 days) and approved; a term of 1 to 5 years; its estimate has lease, management, consulting, other and contingency costs (${c}).`,
        };
    case 'leaseEither':
      return {
        vi: `Thuê dịch vụ (chưa rõ sẵn có hay theo yêu cầu riêng): nếu theo yêu cầu riêng thì lập kế hoạch thuê, thẩm định và phê duyệt; nếu sẵn có trên thị trường thì thuê theo quy định về mua sắm, không cần kế hoạch thuê (${c}). Không xét theo các mức tiền của chi thường xuyên.`,
        en: `Lease (not said whether on the market or built to requirements): if built to the agency's requirements, a lease plan appraised and approved; if on the market, procurement rules with no lease plan (${c}). Not judged by the recurrent-spending amount tiers.`,
      };
    case 'leaseOnInvestment':
      return {
        vi: `Thuê dịch vụ bằng vốn đầu tư phát triển: được phép, thực hiện như dự án (hoặc hạng mục của dự án) theo trình tự dự án đầu tư${n224 ? ' công' : ''}; chi phí thuê nằm trong tổng mức đầu tư (${c}).`,
        en: `Lease funded from development investment: allowed, run as a project (or part of one) under the ${n224 ? 'public-' : ''}investment procedure; the lease cost sits in the total investment (${c}).`,
      };
  }
}

/** What each rule is called in a finding that says it rests on an unconfirmed text. */
const RULE_NAMES: Record<RuleKey, Text> = {
  stateShare: { vi: 'Tỷ lệ vốn nhà nước để áp dụng nghị định', en: 'The state share that brings a project under the decree' },
  oneStepDesignMax: { vi: 'Ngưỡng thiết kế một bước', en: 'The one-step design threshold' },
  procurementOnlyMax: { vi: 'Mức chi thường xuyên chỉ theo quy định mua sắm', en: 'The procurement-only recurrent-spending tier' },
  outlineEstimateMax: { vi: 'Mức chi thường xuyên lập đề cương và dự toán chi tiết', en: 'The outline-and-estimate recurrent-spending tier' },
  recurrentProject: { vi: 'Hình thức dự án cho chi thường xuyên', en: 'The project form for recurrent spending' },
  recurrentPurchase: { vi: 'Mua sắm, vận hành bằng chi thường xuyên', en: 'Purchases and operation from recurrent spending' },
  marketLease: { vi: 'Thuê dịch vụ sẵn có trên thị trường', en: 'Leasing a market service' },
  customLease: { vi: 'Kế hoạch thuê dịch vụ theo yêu cầu riêng', en: 'The lease plan of a custom-built service' },
  leaseOnInvestment: { vi: 'Thuê dịch vụ bằng vốn đầu tư phát triển', en: 'Leasing from development investment' },
  leaseTermMin: { vi: 'Thời gian thuê tối thiểu', en: 'The shortest lease term' },
  leaseTermMax: { vi: 'Thời gian thuê tối đa', en: 'The longest lease term' },
  contingencyFeasibility: { vi: 'Mức dự phòng tối đa của dự án (báo cáo nghiên cứu khả thi)', en: 'The contingency cap of a project (feasibility study)' },
  contingencyBckt: { vi: 'Mức dự phòng tối đa của dự án lập báo cáo kinh tế - kỹ thuật', en: 'The contingency cap of a project with an economic-technical report' },
  contingencyOutline: { vi: 'Mức dự phòng tối đa của đề cương, dự toán chi tiết', en: 'The contingency cap of a recurrent-spending outline' },
  contingencyLease: { vi: 'Dự phòng trong dự toán thuê dịch vụ', en: 'Contingency in a lease estimate' },
  leasePrice: { vi: 'Phương pháp xác định giá thuê dịch vụ', en: 'How a lease price is set' },
};

export function ruleName(key: RuleKey, lang: Lang): string {
  return RULE_NAMES[key][lang];
}

const BASIS: Record<Exclude<RuleSetChoice['basis'], 'forced' | 'none'>, Text> = {
  title: { vi: 'theo ngày ghi trong tiêu đề', en: 'by the date in the title lines' },
  period: { vi: 'theo năm đầu của giai đoạn kế hoạch (tiêu đề không ghi ngày)', en: 'by the first year of the plan period (no date in the titles)' },
  decisionDate: { vi: 'theo ngày quyết định (decisionDate)', en: 'by the decision date (decisionDate)' },
  startYear: { vi: 'theo ngày 01/01 của năm bắt đầu (không có decisionDate)', en: 'by 1 January of the start year (no decisionDate)' },
};

/** Why this law: the user's choice, or the date and where it was read. */
export function whyChosen(choice: RuleSetChoice, lang: Lang): string {
  const vi = lang === 'vi';
  const set = choice.ruleSet;
  let why: string;
  if (choice.basis === 'forced') why = vi ? 'do người dùng chọn' : 'chosen by the user';
  else if (choice.basis === 'none') why = vi ? 'không có ngày nào (tiêu đề, giai đoạn): áp dụng văn bản đang có hiệu lực' : 'no date (titles, period): the law in force now';
  else {
    const date = choice.dateText ? `"${choice.dateText}"` : dmy(choice.date ?? set.from);
    why = `${BASIS[choice.basis][lang]} ${date}`;
  }
  if (choice.beforeKnown) {
    why += vi
      ? `; ngày này trước khi ${set.name} có hiệu lực (${dmy(set.from)}), khi đó áp dụng Nghị định 102/2009/NĐ-CP mà công cụ chưa có, nên kết quả theo ${set.name} chỉ để tham khảo`
      : `; that date precedes ${set.name} (in force ${dmy(set.from)}): Nghị định 102/2009/NĐ-CP applied then, which this tool does not know, so results under ${set.name} are indicative only`;
  }
  return why;
}

/** One line for a report or a sheet: which law, its dates, how sure, and why. */
export function ruleSetLine(choice: RuleSetChoice, lang: Lang): string {
  const set = choice.ruleSet;
  const vi = lang === 'vi';
  const span = `${dmy(set.from)} – ${set.to ? dmy(set.to) : vi ? 'nay' : 'now'}`;
  return vi
    ? `Căn cứ áp dụng: ${set.name} (hiệu lực ${span}; ${statusWords(set.status, lang)}), ${whyChosen(choice, lang)}.`
    : `Law applied: ${set.name} (in force ${span}; ${statusWords(set.status, lang)}), ${whyChosen(choice, lang)}.`;
}

/** The checks a rule set without text cannot make (RULESET_UNCONFIRMED 'unknown'). */
export const UNKNOWN_CHECKS: Text = {
  vi: 'thủ tục theo số tiền và loại chi (PROCEDURE_HINT), thời gian thuê (LEASE_TERM_OUT_OF_RANGE), mức dự phòng (CONTINGENCY_OVER_LIMIT)',
  en: 'the procedure by amount and type (PROCEDURE_HINT), the lease term (LEASE_TERM_OUT_OF_RANGE), the contingency cap (CONTINGENCY_OVER_LIMIT)',
};

/** The rule-set setting that lets each table's date decide. */
export const RULESET_AUTO: Text = { vi: 'Tự chọn theo ngày của bảng (mặc định)', en: 'By each table\'s date (default)' };
