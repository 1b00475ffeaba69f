// The funding sources and spending types every total is kept by, in the order reports list them.
// Apart from the totals (summary.ts), so a door that only names them (the pane's tables and
// chart) does not bring the whole check along.
import type { SourceCode, SpendingType } from './types';

export const SOURCE_CODES: SourceCode[] = ['NSTW', 'NSĐP', 'ODA', 'Khác', 'Chưa rõ'];
export const TYPE_KEYS: (SpendingType | 'Chưa rõ')[] = ['ĐTPT', 'CTX', 'Chưa rõ'];
