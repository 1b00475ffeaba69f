// The "Tự đầu tư/Thuê" cell of survey tables → how a system is paid for: invest (đầu tư, mua
// sắm), lease (thuê dịch vụ), mixed, provided (given or run by a ministry or another body),
// free, pilot, or unknown; plus the vendor when one is named.
//
// Decisions where officers' words are ambiguous (tests pin each one):
// - "thuê" (lease) and "thuế" (tax) fold to the same letters. Written with its tone mark, "thuế"
//   is tax and never a lease (it appears as "Cục Thuế", an agency); written bare ("thue"), it is
//   read as "thuê", because in this column a lease is what an officer means.
// - Pilot beats everything: while a system is on trial nobody pays for it yet.
// - Free beats provided ("Được tài trợ" is free even when a ministry sponsors it).
// - A bare vendor name ("VNPT") in this column answers "who do we lease from": lease.
// - "Trung ương đầu tư", "Bộ … cung cấp", "Dùng chung của Bộ": provided, the unit does not pay.
import { fold, LETTER_CHARS } from './text';
import type { Mode, ModeReading } from './types';
import { findVendor, withinOneEdit } from './vendors';

/** Mode cells are short; longer text is read from its first characters only (bounded cost). */
const MAX_TEXT = 300;

const PILOT = /\b(?:thu nghiem|thi diem|dung thu|chay thu|van hanh thu|beta|pilot|trial)\b/;
const FREE = /\b(?:mien phi|khong (?:mat|thu|tinh|phai tra|tra) (?:phi|tien)|tai tro|duoc tang|free|0 dong)\b/;
const SHARED = /\bdung chung\b/;
// "Được Bộ Công an trang bị", "được cấp", "được chuyển giao": the unit received it.
const RECEIVED = /\bduoc (?:[a-z0-9]+ ){0,8}?(?:trang bi|cung cap|cap|cap phat|chuyen giao|ban giao|ho tro)\b/;
// Bodies above or beside the unit. "Bộ" folds like "bổ"/"bỏ", so bare "bo" counts only before a
// ministry's name. Written with its tone mark and a capital ("của Bộ", "Bộ TTTT") it is a ministry
// too; lowercase "bộ" is "toàn bộ", "đồng bộ", "một bộ" and "Bộ phận" is a department.
const AGENCY = new RegExp(
  '\\b(?:bo (?:cong an|quoc phong|tttt|ttt|thong tin|tai chinh|noi vu|y te|giao duc|tu phap|khcn|khoa hoc|ke hoach|tai nguyen|lao dong|ldtbxh|nong nghiep|xay dung|cong thuong|ngoai giao|gtvt|giao thong|van hoa|khdt|tnmt|nganh)' +
    '|trung uong|tw|chinh phu|vpcp|tong cuc|cuc (?:thue|tax|thong ke|hai quan|tin hoc|an toan thong tin|buu dien)|bhxh|bao hiem xa hoi|kho bac|ngan hang nha nuoc|nhnn|cap tren|nganh doc|so (?:tttt|thong tin))\\b',
);
const MINISTRY_MARKED = new RegExp(`(?:^|[^${LETTER_CHARS}])(?:Bộ|BỘ)(?=$|[^${LETTER_CHARS}])(?!\\s*(?:phận|PHẬN|máy|nhớ))`);
const SELF = /\btu (?:dau tu|xay dung|trien khai|phat trien|lam|thuc hien|trang bi|mua sam|van hanh|to chuc)\b/;
const LEASE = /\b(?:thue|thue bao|dich vu|saas|cloud|thue ngoai)\b/;
// Bare "mua" is not a cue: "mua dịch vụ" is buying a service, a lease.
const INVEST = /\b(?:dau tu|mua sam|mua (?:thiet bi|phan mem|ban quyen|license|may)|xay dung|trang bi|nang cap|mo rong|dtpt)\b|\btu (?:trien khai|phat trien|lam|thuc hien|van hanh)\b|^(?:mua|dt)$/;
const ENTERPRISE_INVESTS = /\b(?:doanh nghiep|nha mang|nha cung cap|doi tac)(?: tu)? dau tu\b/;
const TAX = /thuế/giu;

// Two-syllable cues run together or with one slipped letter ("tudautu", "thuedichvu", "mua xam").
const FUZZY_CUES: ReadonlyArray<readonly [string, Exclude<Mode, 'unknown' | 'mixed'>]> = [
  ['thunghiem', 'pilot'],
  ['thidiem', 'pilot'],
  ['dungthu', 'pilot'],
  ['mienphi', 'free'],
  ['dungchung', 'provided'],
  ['thuedichvu', 'lease'],
  ['dichvu', 'lease'],
  ['dautu', 'invest'],
  ['muasam', 'invest'],
];

function words(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Joined writing and one-letter slips, tried only when no cue matched as written. */
function fuzzyMode(w: string): Mode | null {
  const tokens = w.split(' ');
  const compact = tokens.join('');
  const found = new Set<Mode>();
  for (const [cue, mode] of FUZZY_CUES) if (compact.includes(cue)) found.add(mode);
  if (found.size === 0) {
    for (let i = 0; i + 1 < tokens.length; i++) {
      const pair = tokens[i] + tokens[i + 1];
      for (const [cue, mode] of FUZZY_CUES) if (withinOneEdit(pair, cue)) found.add(mode);
    }
  }
  if (found.has('pilot')) return 'pilot';
  if (found.has('free')) return 'free';
  if (found.has('provided')) return 'provided';
  if (found.has('lease') && found.has('invest')) return 'mixed';
  if (found.has('lease')) return 'lease';
  if (found.has('invest')) return 'invest';
  // "thuevnpt", "thuedv": a lease written as one word.
  return /^thue/.test(compact) ? 'lease' : null;
}

function classify(original: string, w: string, vendor: string | null): Mode {
  if (PILOT.test(w)) return 'pilot';
  if (FREE.test(w)) return 'free';
  // "Chưa có", "Chưa đầu tư", "Không": nothing is paid for yet, whatever verb follows.
  if (/^(?:chua|khong)\b/.test(w)) return 'unknown';
  const lease = LEASE.test(w);
  // "Doanh nghiệp đầu tư, tỉnh thuê lại": the company invests, the agency leases (or is given it).
  const byCompany = ENTERPRISE_INVESTS.test(w);
  const own = byCompany ? w.split(ENTERPRISE_INVESTS).join(' ') : w;
  const self = SELF.test(own);
  const agency = AGENCY.test(w) || MINISTRY_MARKED.test(original);
  if (SHARED.test(w) || RECEIVED.test(w) || (agency && !self && !lease)) return 'provided';
  const invest = self || INVEST.test(own);
  if (byCompany && !invest) return lease ? 'lease' : 'provided';
  if (lease && invest) return 'mixed';
  if (lease) return 'lease';
  if (invest) return 'invest';
  const fuzzy = fuzzyMode(w);
  if (fuzzy) return fuzzy;
  return vendor ? 'lease' : 'unknown';
}

/** "Thuê dịch vụ (VNPT)" → lease, VNPT; "Tự đầu tư" → invest; "" or "-" → unknown. Never throws. */
export function parseMode(text: string | null | undefined): ModeReading {
  if (typeof text !== 'string') return { input: '', mode: 'unknown', vendor: null };
  const bounded = (text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text).normalize('NFC');
  const w = words(bounded.replace(TAX, ' tax '));
  if (!/[a-z]/.test(w)) return { input: text, mode: 'unknown', vendor: null };
  const vendor = findVendor(w);
  return { input: text, mode: classify(bounded, w, vendor), vendor };
}

/**
 * A note ("Ghi chú") that says the service is leased, in a table with no mode column: "Thuê VNPT",
 * "Thuê dịch vụ …", "Thuê đường truyền của Viettel". Not hiring people ("Thuê chuyên gia tư vấn",
 * which names no provider and no service), and nothing that does not start by saying "Thuê".
 */
export function leaseNote(text: string): ModeReading | null {
  if (!opensWithLease(text)) return null;
  const reading = parseMode(text);
  if (reading.mode !== 'lease') return null;
  return reading.vendor !== null || /\bdich vu\b/.test(words(text.normalize('NFC'))) ? reading : null;
}

/** The text starts by saying "Thuê" (cheap: row-reader.ts asks it of every remark before leaseNote). */
export function opensWithLease(text: string): boolean {
  return /^\s*thu[eê](\s|$)/i.test(text.normalize('NFC'));
}

/** The `mode --json` line (CONTRACT): {input, mode, vendor}. */
export function modeToJSON(r: ModeReading): { input: string; mode: string; vendor: string | null } {
  return { input: r.input, mode: r.mode, vendor: r.vendor };
}
