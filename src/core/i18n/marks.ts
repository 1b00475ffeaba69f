// The text the add-in writes into a note or comment on a finding's cell. It names the severity
// in words and the finding's code, so the mark means something without its colour (and to a
// reader who cannot tell the colours apart): "Lỗi SUBTOTAL_MISMATCH: Ô G12: số tổng ghi …".
import type { FindingCode, Lang, Severity } from '../types';

const SEVERITY: Record<Lang, Record<Severity, string>> = {
  vi: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' },
  en: { error: 'Error', warning: 'Warning', info: 'Info' },
};

/** Starts every mark, so a reader knows which add-in wrote it (the product's name in both languages). */
export const MARK_PREFIX = '[Ngân sách] ';

export interface MarkLine {
  severity: Severity;
  code: FindingCode;
  /** The finding's message, already in `lang`. */
  message: string;
}

/** One line per finding, most severe first as given. */
export function markText(lang: Lang, lines: readonly MarkLine[]): string {
  return MARK_PREFIX + lines.map((l) => `${SEVERITY[lang][l.severity]} ${l.code}: ${l.message}`).join('\n');
}
