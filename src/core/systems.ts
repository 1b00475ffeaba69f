// Which of the systems a ministry tracks a survey row is about, from the name the row gives it:
// "Hệ thống IOC", "Trung tâm giám sát, điều hành an toàn, an ninh mạng" (SOC), "Nền tảng tích hợp,
// chia sẻ dữ liệu" (LGSP), "Hệ thống thông tin giải quyết TTHC", "Quản lý văn bản và điều hành",
// "Họp trực tuyến", "Hệ thống thông tin báo cáo"; anything else is Khác (other).
//
// Decisions: a name that says "thông minh" beside "điều hành" is IOC even when it also says
// "giám sát"; an intelligent operations centre is not a security one. "Cổng dịch vụ công" and
// "một cửa điện tử" are parts of the TTHC system since Nghị định 107/2021, so they count as TTHC;
// a kiosk for it ("Kiosk - DVC") is equipment, not the system, and is Khác.
import { fold } from './text';

export type SystemCode = 'IOC' | 'SOC' | 'LGSP' | 'TTHC' | 'VBĐH' | 'HỌP' | 'BÁO CÁO' | 'Khác';

/** In the order reports list them (CONTRACT `systems`). */
export const SYSTEM_CODES: readonly SystemCode[] = ['IOC', 'SOC', 'LGSP', 'TTHC', 'VBĐH', 'HỌP', 'BÁO CÁO', 'Khác'];

// First match wins, on folded words with punctuation as spaces.
const PATTERNS: readonly (readonly [SystemCode, RegExp])[] = [
  ['IOC', /\bioc\b|\bdieu hanh (?:do thi |tap trung )?thong minh\b/],
  ['SOC', /\bsoc\b|\bgiam sat (?:va |dieu hanh |va dieu hanh )*(?:an toan|an ninh mang|attt)|\ban ninh mang\b.*\bgiam sat\b/],
  ['LGSP', /\blgsp\b|\bnen tang tich hop\b|\btich hop (?:va )?chia se du lieu\b|\btruc tich hop\b/],
  ['TTHC', /\bgiai quyet (?:cac )?(?:thu tuc hanh chinh|tthc)\b|\bmot cua dien tu\b|\bcong dich vu cong\b/],
  ['VBĐH', /\bquan ly van ban\b|\bvan ban (?:va )?dieu hanh\b|\b(?:qlvb|vbdh|qlvbdh|eoffice)\b|\be office\b/],
  ['HỌP', /\bhop truc tuyen\b|\bhoi nghi (?:truc tuyen|truyen hinh)\b|\btruyen hinh hoi nghi\b/],
  ['BÁO CÁO', /\b(?:he thong )?thong tin bao cao\b|\bhttt ?bc\b|\bhtttbc\b/],
];

const KIOSK = /\bkiosk\b/;

/** "Hệ thống IOC" → IOC; an empty or unknown name → Khác. Never throws. */
export function classifySystem(name: string | null | undefined): SystemCode {
  if (typeof name !== 'string') return 'Khác';
  const w = fold(name.length > 300 ? name.slice(0, 300) : name).replace(/[^a-z0-9]+/g, ' ').trim();
  if (!w || KIOSK.test(w)) return 'Khác';
  for (const [code, re] of PATTERNS) if (re.test(w)) return code;
  return 'Khác';
}
