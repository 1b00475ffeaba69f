// What the reader and writer accept, stated once. A file past a limit gets a one-line answer
// naming the limit, never an out-of-memory crash. Real budget workbooks sit far below each.

/** Uncompressed bytes of every part read, together (a zip bomb stops here). */
export const MAX_INFLATED_TOTAL = 1024 * 1048576;
/** Uncompressed bytes of one part the reader holds whole (workbook, styles, relationships). */
export const MAX_PART = 256 * 1048576;
/** Cells holding a value or a style, in all sheets read. */
export const MAX_CELLS = 5_000_000;
/** Cells of one Grid (its rows × columns); a larger block is trimmed to its data or refused. */
export const MAX_GRID_CELLS = 5_000_000;
/** Characters of one cell's text or formula as read (Excel itself holds 32,767). */
export const MAX_CELL_TEXT = 1_048_576;
/** Characters of one tag (its attributes); Excel's own tags are far shorter. */
export const MAX_TAG = 16 * 1048576;
/** Excel's grid. */
export const EXCEL_ROWS = 1_048_576;
export const EXCEL_COLUMNS = 16_384;
/** What one cell of Excel can hold; longer texts are cut when writing, with a marker. */
export const EXCEL_CELL_TEXT = 32_767;
/** Excel's longest formula; a longer one is written as its value. */
export const EXCEL_FORMULA = 8192;
/** Empty rows / columns between two blocks of data that make them separate blocks when trimming. */
export const GAP_ROWS = 1000;
export const GAP_COLUMNS = 100;
