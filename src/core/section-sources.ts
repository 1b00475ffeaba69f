// Plans grouped by funding source name the source once, as the section's name ("I | NGÂN SÁCH
// TỈNH", "II | Ngân sách huyện", "III | Xã hội hóa") and leave the items' source unwritten, often
// with no source column at all. Such a section's name is its source words: its items that name no
// source of their own take it (summary.sourcesOf looks for the nearest section with source words),
// as they take "NSTW" written in a section's source cell. Only a name that is a source and nothing
// else: "Ứng dụng CNTT bằng nguồn xã hội hóa" is a task, not a group.
import type { Table } from './model';
import { parseSources, sourceWords } from './sources';

const LEAD = /^(?:nguon von|nguon kinh phi|nguon|von|kinh phi|chi tu|tu) /;
const NUMBERING = /^(?:[ivxlc]+|\d+|[a-d]) (?=\S)/;
const SOURCE_NAME = new RegExp(
  '^(?:ngan sach (?:nha nuoc )?(?:cap )?(?:trung uong|tw|tinh|huyen|xa|thanh pho|thi xa|quan|dia phuong)|ns ?tw|ns ?dp' +
  '|oda|vay oda|von vay|vien tro|xa hoi hoa|xhh|doanh nghiep|khac|ngoai ngan sach)' +
  '(?: ho tro)?(?: (?:dau tu phat trien|dau tu|chi thuong xuyen|thuong xuyen|su nghiep|dtpt|ctx))?$',
);

/**
 * Whether a section's name is a funding source and nothing else ("NGÂN SÁCH TỈNH", "Nguồn vốn
 * ODA", "Nguồn NSTW hỗ trợ"); row-reader.ts asks the same of a remark or a name's last words.
 * "Khác" alone groups other tasks ("I. Hạ tầng, II. Ứng dụng, III. Khác"); "Nguồn khác" is
 * other money.
 */
export function isSourceName(name: string): boolean {
  // Without the numbering a name may carry when the table has no STT column ("I. NGÂN SÁCH TỈNH").
  const all = sourceWords(name).replace(NUMBERING, '');
  const words = all.replace(LEAD, '');
  if (words === 'khac' && words === all) return false;
  return SOURCE_NAME.test(words);
}

export function sourcesFromSectionNames(table: Table): void {
  for (const row of table.rows) {
    if (row.kind !== 'section' || row.sourcesFrom !== 'none' || !isSourceName(row.name)) continue;
    const parts = parseSources(row.name, () => null).parts;
    if (parts.length !== 1 || parts[0].code === 'Chưa rõ') continue;
    row.sources = [{ ...parts[0], amount: null }];
    row.sourcesFrom = 'text';
  }
}
