// A table without a source column whose title names the one source all of it is funded from:
// "KẾ HOẠCH ĐẦU TƯ CÔNG NĂM 2026 (NGUỒN VỐN NGÂN SÁCH TỈNH)", "DANH MỤC DỰ ÁN SỬ DỤNG VỐN NGÂN
// SÁCH TRUNG ƯƠNG". Every row is of that source (summary.sourcesOf), and the table is not asked
// for a source column. A title naming no source, or several ("NSTW và NSĐP"), gives none.
import { foldAligned } from './money/scan';
import { fold } from './text';
import { parseSources } from './sources';
import type { ColumnInfo } from './model';
import type { SourcePart, SpendingType } from './types';

// The source a title names after "nguồn (vốn)", "vốn" or "kinh phí": a budget of a level, ODA.
const SOURCE_PHRASE = /\b(?:nguon von|nguon kinh phi|nguon|von|kinh phi|su dung):? (?:(?:dau tu phat trien|dau tu cong|su nghiep|chi thuong xuyen|thuong xuyen) (?:thuoc |tu |cua )?)?(ngan sach (?:nha nuoc )?(?:cap )?(?:trung uong|tinh|huyen|xa|thanh pho|dia phuong)|ns ?tw|ns ?dp|oda|von vay oda)\b/;
// The kind of money a title names: a public investment plan is development investment.
const TITLE_DTPT = /\b(?:dau tu cong|von dau tu phat trien|chi dau tu phat trien)\b/;
const TITLE_CTX = /\b(?:chi thuong xuyen|von su nghiep|kinh phi su nghiep)\b/;

/**
 * The one source the title lines name, as a part without an amount, for a table that has no
 * source column and no money column of another source; undefined when it has one, or the titles
 * name none or several.
 */
export function titleSources(titles: readonly string[], columns: readonly ColumnInfo[]): SourcePart[] | undefined {
  if (columns.some((c) => c.role === 'sourceText')) return undefined;
  const part = titleSource(titles);
  // Columns of the title's own source ("Trong đó: NSĐP" in a plan "… nguồn vốn ngân sách địa
  // phương") say how much of a figure is that source, not another source.
  if (part === null || columns.some((c) => c.source !== null && c.source !== part.code)) return undefined;
  return [part];
}

/** The one source the title lines name, as a part without an amount; null when they name none or several. */
export function titleSource(titles: readonly string[]): SourcePart | null {
  let found: SourcePart | null = null;
  for (const line of titles) {
    const { source, folded } = foldAligned(line);
    const m = SOURCE_PHRASE.exec(folded);
    if (!m) continue;
    const phrase = source.slice(m.index, m.index + m[0].length);
    const parts = parseSources(phrase, () => null).parts;
    if (parts.length !== 1 || parts[0].code === 'Chưa rõ') return null;
    // "và" or a second source named on the line: not one source.
    if (SOURCE_PHRASE.test(folded.slice(m.index + m[0].length))) return null;
    const type: SpendingType | null = parts[0].type ?? (TITLE_DTPT.test(folded) ? 'ĐTPT' : TITLE_CTX.test(folded) ? 'CTX' : null);
    const part: SourcePart = { code: parts[0].code, type, amount: null, text: phrase };
    if (found && (found.code !== part.code || found.type !== part.type)) return null;
    found = part;
  }
  return found;
}

/**
 * The one kind of money the title lines name, without a source: "KẾ HOẠCH ĐẦU TƯ CÔNG NĂM 2027"
 * is development investment, "DỰ TOÁN CHI THƯỜNG XUYÊN …" recurrent spending. Null when they name
 * neither or both.
 */
export function titleType(titles: readonly string[]): SpendingType | null {
  const folded = fold(titles.join(' '));
  const dtpt = TITLE_DTPT.test(folded);
  const ctx = TITLE_CTX.test(folded);
  return dtpt === ctx ? null : dtpt ? 'ĐTPT' : 'CTX';
}
