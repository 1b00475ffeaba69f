// The "Nguồn vốn" cell → funding sources (NSTW, NSĐP, ODA, Khác) with their spending type
// (ĐTPT = development investment, CTX = recurrent) and, in a split, each source's amount.
// Officers write the same source many ways ("NSĐP", "NSDP", "Ngân sách tỉnh", "Vốn đầu tư công
// tỉnh"), so matching runs on folded text; what cannot be classified is kept as 'Chưa rõ' so a
// rule can say so instead of the money disappearing from the totals.
import { Decimal } from './decimal';
import { fold, WORD_CHARS } from './text';

const HAS_WORD = new RegExp(`[${WORD_CHARS}]`);
import type { SourceCode, SourcePart, SourceReading, SpendingType } from './types';

/** Source cells are short; longer text is read from its first characters only (bounded cost). */
const MAX_TEXT = 1000;

type KnownCode = Exclude<SourceCode, 'Chưa rõ'>;

// Each pattern runs on "words": folded text with punctuation turned into single spaces, so
// "NS-ĐP", "N.S.Đ.P"-like slips and "NSĐP:" meet the same pattern. The source named first wins
// ("Ngân sách tỉnh (TW hỗ trợ)" is local money); on a tie the earlier entry here wins.
const CODE_PATTERNS: ReadonlyArray<readonly [KnownCode, RegExp]> = [
  // Government bonds ("Vốn trái phiếu Chính phủ", "TPCP") are central money: the central budget
  // borrows them (Luật NSNN 2015, deficit of the central budget) and spends them on investment.
  ['NSTW', /\bns ?(?:tw|tu)\b|\bngan sach (?:nha nuoc )?(?:cap )?(?:trung uong|tw|tu)\b|\btrung uong\b|\btw\b|\btrai phieu chinh phu\b|\btpcp\b/],
  [
    'NSĐP',
    // Also the revenues the budget law leaves wholly to the locality (Luật NSNN 2015 Điều 37):
    // lottery ("Xổ số kiến thiết") and land-use fees ("Tiền sử dụng đất"); and the level alone
    // in a source column ("Tỉnh", "Nguồn huyện"), also after the spending it pays for ("Sự
    // nghiệp KH&CN tỉnh", "Kinh phí CCHC của tỉnh", "Chi thường xuyên cấp huyện"), or of a
    // province's department ("Kinh phí chi thường xuyên của Sở"); "ĐP" with its share ("TW 70%, ĐP 30%").
    /\bns ?dp\b|^dp\b(?! phong)|\bdia phuong\b|\bcua (?:cac )?so\b|\b(?:ngan sach|ns|nguon(?: von)?|von(?: dau tu cong| su nghiep| dau tu)?) (?:cap )?(?:tinh|huyen|xa(?! hoi)|quan|thi xa|thanh pho|tp)\b|^(?:cap )?(?:tinh|huyen|xa)$|\b(?:cap|cua|thuoc) (?:tinh|huyen|xa(?! hoi))\b|\b(?:tinh|huyen)$|\bxo so\b|\bxskt\b|\b(?:tien|thu) su dung dat\b|^(?:von )?(?:tinh|huyen) ho tro\b/,
  ],
  ['ODA', /\boda\b|\bvon vay\b|\bvien tro\b|\bnuoc ngoai\b|\btai tro (?:cua )?nuoc ngoai\b|\b(?:wb|adb|jica|koica|world bank)\b/],
  // The public-utility telecom fund (Quỹ dịch vụ viễn thông công ích) is a state fund outside the
  // budget; a public service unit's own revenue ("Nguồn thu sự nghiệp", "Nguồn thu của đơn vị") is
  // not budget money either, nor the fund it sets aside from it ("Quỹ phát triển hoạt động sự
  // nghiệp"), the fees and charges it keeps ("Nguồn thu phí, lệ phí được để lại") or its service
  // revenue ("Nguồn thu từ hoạt động dịch vụ"); nor is money "Ngoài ngân sách" (outside the state budget).
  ['Khác', /\bngoai (?:ngan sach|nsnn|ns)\b|\bkhac\b|\bvien thong cong ich\b|\bnguon thu (?:su nghiep|cua don vi|hop phap|(?:tu )?(?:hoat dong )?dich vu)\b|\b(?:phi|le phi|nguon thu)(?: le phi)? (?:duoc )?de lai\b|\bthu su nghiep\b|\bquy (?:phat trien hoat dong su nghiep|pthdsn|ptsn)\b|\bxhh\b|\bxa hoi hoa\b|\bdoanh nghiep\b|\btu nhan\b|\bhuy dong\b|\bppp\b|\bvon tu co\b|\bnha dau tu\b|\btai tro\b/],
];
// "Nguồn khác chưa xác định" names no source at all: keep it unknown so a rule can ask for one.
const UNDECIDED = /\bchua (?:xac dinh|ro|co|bo tri)\b/;

// Fees and charges a unit keeps pay for its running costs. "SN" is how budget tables shorten sự
// nghiệp ("Vốn SN", "NSĐP (SN KHCN)", "SNKH", "SNKT"), "chi TX" chi thường xuyên.
const CTX = /\bsn(?:kh|kt|gd|dt|yt)?\b|\bchi tx\b|\bsu nghiep\b|\bthuong xuyen\b|\bctx\b|\bcchc\b|\bcai cach hanh chinh\b|\bde lai\b/;
// Bonds, the government's or a province's, are raised for investment only.
const DTPT = /\bdau tu\b|\bdtpt\b|\bdtc\b|\bxdcb\b|\bxay dung co ban\b|\btrai phieu\b|\btpcp\b/;
// "Kinh phí" is how recurrent money is named, but "kinh phí đầu tư" exists: a weak hint only.
const CTX_WEAK = /\bkinh phi\b/;

const BULLET = /^\s*(?:[-–—+•*·]+\s*|\(?(?:\d{1,2}|[a-zđ])[.)]\s+)/i;
const PERCENT = /(\d{1,3}(?:[.,]\d+)?)\s*%/;
// A number ending the text, with an optional unit ("NSTW 4.000", "NSĐP 2,5 tỷ").
const TRAILING_AMOUNT = /(\d[\d.,]*(?:\s*(?:triệu đồng|triệu|tr\.?đ|trđ|tỷ đồng|tỷ|tỉ đồng|tỉ|nghìn đồng|ngàn đồng|đồng|vnđ))?)\s*$/iu;
// Split points inside one line: "NSTW + NSĐP", "NSTW và NSĐP", "NSTW, NSĐP", "NSTW/NSĐP",
// "NSTW 70% - NSĐP 30%" (a dash with spaces around it; "2021-2025" has none).
// A comma before a digit is a decimal comma ("1.234,5"), never a split.
const CONNECTOR = /\s*(?:\+|&|\/|,(?=\s*[^\d\s])|\s(?:và|va|hoặc|hoac)\s|\s[-–—]\s)\s*/giu;

/** Folded text with punctuation as single spaces ("NS-ĐP:" → "ns dp"), as source words are matched. */
export function sourceWords(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim();
}

function classifyCode(folded: string): KnownCode | null {
  let best: KnownCode | null = null;
  let bestAt = Infinity;
  for (const [code, pattern] of CODE_PATTERNS) {
    const match = pattern.exec(folded);
    if (match && match.index < bestAt) {
      best = code;
      bestAt = match.index;
    }
  }
  if (best === 'Khác' && UNDECIDED.test(folded)) return null;
  return best;
}

function classifyType(folded: string): SpendingType | null {
  const ctx = CTX.exec(folded);
  const dtpt = DTPT.exec(folded);
  if (ctx && dtpt) return ctx.index <= dtpt.index ? 'CTX' : 'ĐTPT';
  if (ctx) return 'CTX';
  if (dtpt) return 'ĐTPT';
  return CTX_WEAK.test(folded) ? 'CTX' : null;
}

/** Depth of round brackets before each position, so splits never cut "(vốn đầu tư, sự nghiệp)". */
function bracketDepths(text: string): number[] {
  const depths: number[] = [];
  let depth = 0;
  for (const ch of text) {
    for (let k = 0; k < ch.length; k++) depths.push(depth);
    if (ch === '(' || ch === '[') depth++;
    else if ((ch === ')' || ch === ']') && depth > 0) depth--;
  }
  return depths;
}

/** Lines and ";"-separated items; a new bullet starts a new item even inside an unclosed bracket. */
function chunks(text: string): string[] {
  const result: string[] = [];
  const depths = bracketDepths(text);
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch !== '\n' && ch !== '\r' && ch !== ';') continue;
    const rest = text.slice(i + 1, i + 4);
    if (depths[i] === 0 || /^\s*[-–—+•*·]/.test(rest)) {
      result.push(text.slice(start, i));
      start = i + 1;
    }
  }
  result.push(text.slice(start));
  return result.map((c) => c.replace(BULLET, '').trim()).filter((c) => HAS_WORD.test(c));
}

/** "NSTW + NSĐP" → ["NSTW", "NSĐP"] when every piece names a source; else the chunk whole. */
function splitConnected(chunk: string): string[] {
  const depths = bracketDepths(chunk);
  const pieces: string[] = [];
  let start = 0;
  for (const match of chunk.matchAll(CONNECTOR)) {
    const at = match.index ?? 0;
    if (depths[at] !== 0) continue;
    pieces.push(chunk.slice(start, at));
    start = at + match[0].length;
  }
  pieces.push(chunk.slice(start));
  const trimmed = pieces.map((p) => p.trim()).filter((p) => p !== '');
  if (trimmed.length < 2) return [chunk];
  return trimmed.every((p) => classifyCode(sourceWords(p)) !== null) ? trimmed : [chunk];
}

function percentShare(text: string): Decimal | undefined {
  const match = PERCENT.exec(text);
  if (!match) return undefined;
  return new Decimal(match[1].replace(',', '.')).div(100);
}

/** The amount a piece names: after its last ":" or "=", else a number ending it (never a year). */
function amountOf(piece: string, parseAmount: (text: string) => Decimal | null): Decimal | null {
  if (PERCENT.test(piece)) return null;
  const colon = Math.max(piece.lastIndexOf(':'), piece.lastIndexOf('='));
  let candidate: string | null = null;
  if (colon >= 0) {
    candidate = piece.slice(colon + 1).trim();
  } else {
    // Only the end of the piece can hold it; looking at a bounded tail keeps the scan linear.
    const tailStart = Math.max(0, piece.length - 40);
    const match = TRAILING_AMOUNT.exec(piece.slice(tailStart));
    if (match) {
      const before = sourceWords(piece.slice(0, tailStart + match.index));
      const isYear = /^(?:19|20)\d\d$/.test(match[1].trim());
      if (!isYear && !/\b(?:nam|giai doan|so|quy|thang)$/.test(before) && before !== '') candidate = match[1].trim();
    }
  }
  if (!candidate || !/^\d/.test(candidate)) return null;
  return parseAmount(candidate);
}

function part(code: SourceCode, type: SpendingType | null, amount: Decimal | null, text: string, share?: Decimal): SourcePart {
  const result: SourcePart = { code, type, amount, text };
  if (share !== undefined) result.share = share;
  return result;
}

/**
 * "NSĐP (Vốn đầu tư)" → [{NSĐP, ĐTPT}]; "- NSĐP (Vốn đầu tư): 4.000; - Khác (XHH): 11.000" → two
 * parts with amounts; "NSTW + NSĐP" → two parts without; "abc" → one 'Chưa rõ' part; "" or "-" → [].
 * `parseAmount` reads the table's money text (the caller binds the unit). Never throws.
 */
export function parseSources(text: string | null | undefined, parseAmount: (text: string) => Decimal | null): SourceReading {
  if (typeof text !== 'string') return { text: '', parts: [] };
  const bounded = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
  const parts: SourcePart[] = [];
  // A line that names no source and no amount ("Vốn đầu tư:" above a list, "(vốn sự nghiệp)"
  // under a source) qualifies its neighbours rather than being a source of its own.
  let headerType: SpendingType | null = null;
  for (const chunk of chunks(bounded)) {
    for (const piece of splitConnected(chunk)) {
      const folded = sourceWords(piece);
      const code = classifyCode(folded);
      const amount = amountOf(piece, parseAmount);
      const share = percentShare(piece);
      const type = classifyType(folded);
      if (code === null && amount === null && share === undefined) {
        const previous = parts[parts.length - 1];
        if (previous) {
          previous.text = `${previous.text} ${piece}`;
          if (previous.type === null) previous.type = type;
        } else if (type !== null) {
          headerType = type;
        }
        continue;
      }
      parts.push(part(code ?? 'Chưa rõ', type ?? headerType, amount, piece, share));
    }
  }
  if (parts.length === 0 && HAS_WORD.test(bounded)) {
    const whole = bounded.trim();
    parts.push(part('Chưa rõ', classifyType(sourceWords(whole)), null, whole));
  }
  return { text, parts };
}

/** A part whose source could be classified (anything but 'Chưa rõ'). */
export function isKnownSource(part: SourcePart): boolean {
  return part.code !== 'Chưa rõ';
}
