// Writes a SheetPlan through Office.js: replace the add-in's sheet of that name, then one
// assignment per block for number formats, values or formulas, and cell formats, then column
// widths, merges, freeze panes and charts. One round trip to learn whether the sheet exists, then
// as few as Excel on the web's 5 MB per request allows: a small plan goes in one, a block too big
// for one request is cut between rows.
import { columnLetter } from '../core/grid';
import { Decimal } from '../core/decimal';
import { FINDINGS_SHEET, SUMMARY_SHEET, DATA_SHEET } from '../core/sheets/names';
import { SCENARIO_SHEET_NAME } from '../core/scenario/sheet';
import { isConsolidationSheet } from '../core/consolidate/names';
import type { PlanCell, PlanChart, SheetPlan } from '../core/sheetplan';
import { syncInBatches } from './batches';
import { texts } from '../core/i18n/pane';
import { HostError } from './host';
import type { ChartKind, RequestContextApi, WorksheetApi } from './office-api';
import { OP_BYTES, jsonBytes } from './payload';
import { planBlockSteps, type PlanBlock } from './plan-blocks';
import { runSliced } from './slices';

/** The only sheets the add-in may create, replace or write (and a consolidation's, isConsolidationSheet). */
export const OWN_SHEETS: readonly string[] = [FINDINGS_SHEET, SUMMARY_SHEET, DATA_SHEET, SCENARIO_SHEET_NAME];

const LINK_COLOR = '#0563C1';

export function assertOwnSheet(name: string): void {
  if (!OWN_SHEETS.includes(name) && !isConsolidationSheet(name)) {
    throw new HostError('unsupported', texts.vi.errors.notOwnSheet(OWN_SHEETS.join(', '), name));
  }
}

type Scalar = string | number | boolean;

// Excel stores doubles: a Decimal becomes a number here, on its way into a cell, and nowhere else.
function cellScalar(value: PlanCell['value']): Scalar {
  if (value === undefined || value === null) return '';
  if (Decimal.isDecimal(value)) return (value as Decimal).toNumber();
  return value as Scalar;
}

/**
 * A string written through Range.values is parsed the way typed text is ("2.1" becomes a number,
 * "1/2" a date), so text constants get the Text format first unless the plan chose a format.
 */
function numberFormatOf(cell: PlanCell): string {
  if (cell.numberFormat) return cell.numberFormat;
  if (!cell.formula && typeof cell.value === 'string' && cell.value !== '') return '@';
  return 'General';
}

function needsProperties(cell: PlanCell): boolean {
  return Boolean(cell.bold || cell.italic || cell.fill || cell.wrap || cell.align || cell.link);
}

function cellProperties(cell: PlanCell): Excel.SettableCellProperties {
  const font: Excel.CellPropertiesFont = {};
  if (cell.bold) font.bold = true;
  if (cell.italic) font.italic = true;
  const format: Excel.CellPropertiesFormat = {};
  if (cell.fill) format.fill = { color: `#${cell.fill.replace(/^#/, '')}` };
  if (cell.wrap) format.wrapText = true;
  if (cell.align) format.horizontalAlignment = cell.align === 'left' ? 'Left' : cell.align === 'center' ? 'Center' : 'Right';
  const props: Excel.SettableCellProperties = {};
  if (cell.link) {
    font.color = LINK_COLOR;
    font.underline = 'Single';
    const text = cellScalar(cell.value);
    props.hyperlink = { documentReference: cell.link.replace(/^#/, ''), ...(typeof text === 'string' && text !== '' ? { textToDisplay: text } : {}) };
  }
  if (Object.keys(font).length > 0) format.font = font;
  if (Object.keys(format).length > 0) props.format = format;
  return props;
}

/** One row of a block as Excel takes it, made when a batch first weighs it. */
interface PreparedRow {
  formats: string[];
  /** Whether any cell needs a number format other than General. */
  formatted: boolean;
  data: Scalar[];
  props: Excel.SettableCellProperties[] | null;
  /** Estimated request bytes of the row in every matrix that may carry it. */
  bytes: number;
}

/**
 * A block's rows, prepared one at a time as batches reach them, so writing a 300,000-cell data
 * sheet never builds all its matrices in one go on the pane's thread.
 */
class PreparedBlock {
  private readonly rows: (PreparedRow | undefined)[];

  constructor(readonly block: PlanBlock) {
    this.rows = new Array<PreparedRow | undefined>(block.cells.length);
  }

  get height(): number {
    return this.block.cells.length;
  }

  get width(): number {
    return this.block.cells[0].length;
  }

  row(r: number): PreparedRow {
    const ready = this.rows[r];
    if (ready) return ready;
    const line = this.block.cells[r];
    const formats = line.map(numberFormatOf);
    const data = this.block.kind === 'formula' ? line.map((c) => `=${(c.formula as string).replace(/^=/, '')}`) : line.map((c) => cellScalar(c.value));
    const props = line.some(needsProperties) ? line.map(cellProperties) : null;
    // A row with no cell properties still costs "{}," a cell when a neighbour in its batch has them.
    const bytes = jsonBytes(data) + 1 + jsonBytes(formats) + 1 + (props ? jsonBytes(props) + 1 : line.length * 3 + 1);
    const prepared = { formats, formatted: formats.some((f) => f !== 'General'), data, props, bytes };
    this.rows[r] = prepared;
    return prepared;
  }
}

const NO_PROPERTIES: Excel.SettableCellProperties = {};

/** Rows `from`..`to` (exclusive) of a block: number formats, then values or formulas, then cell formats; each only where a row needs it. */
function writeRows(sheet: WorksheetApi, p: PreparedBlock, from: number, to: number): void {
  const rows: PreparedRow[] = [];
  for (let r = from; r < to; r++) rows.push(p.row(r));
  const range = sheet.getRangeByIndexes(p.block.top - 1 + from, p.block.left - 1, to - from, p.width);
  if (rows.some((row) => row.formatted)) range.numberFormat = rows.map((row) => row.formats);
  const data = rows.map((row) => row.data);
  if (p.block.kind === 'formula') range.formulas = data;
  else range.values = data;
  if (rows.some((row) => row.props)) range.setCellProperties(rows.map((row) => row.props ?? new Array<Excel.SettableCellProperties>(p.width).fill(NO_PROPERTIES)));
}

/** A chart from the plan: the first series makes the chart, the others are added to it. */
function drawChart(sheet: WorksheetApi, chart: PlanChart): void {
  const [first, ...rest] = chart.series;
  const categories = sheet.getRange(chart.categories);
  const drawn = sheet.charts.add(CHART_KINDS[chart.kind], sheet.getRange(first.values), 'Columns');
  drawn.name = `ngansach ${chart.title}`.trim();
  drawn.title.text = chart.title;
  drawn.legend.position = 'Bottom';
  const head = drawn.series.getItemAt(0);
  head.name = first.name;
  head.setXAxisValues(categories);
  for (const s of rest) {
    const added = drawn.series.add(s.name);
    added.setValues(sheet.getRange(s.values));
    added.setXAxisValues(categories);
  }
  drawn.setPosition(chart.from, chart.to);
}

const CHART_KINDS: Record<PlanChart['kind'], ChartKind> = {
  'column-stacked': 'ColumnStacked',
  'column-clustered': 'ColumnClustered',
  line: 'Line',
};

/** Column widths, merges, freeze panes and charts: a handful of small operations. */
function writeLayout(sheet: WorksheetApi, plan: SheetPlan): void {
  for (const [col, width] of Object.entries(plan.columnWidths ?? {})) {
    sheet.getRange(`${col}1`).format.columnWidth = charsToPoints(width);
  }
  for (const merge of plan.merges ?? []) sheet.getRange(merge).merge(false);
  const freeze = plan.freeze;
  if (freeze && freeze.rows > 0 && freeze.cols > 0) sheet.freezePanes.freezeAt(`A1:${columnLetter(freeze.cols)}${freeze.rows}`);
  else if (freeze && freeze.rows > 0) sheet.freezePanes.freezeRows(freeze.rows);
  else if (freeze && freeze.cols > 0) sheet.freezePanes.freezeColumns(freeze.cols);
  for (const chart of plan.charts ?? []) if (chart.series.length > 0) drawChart(sheet, chart);
}

/** A range path and three assignments: what writing a block costs besides its data. */
const BLOCK_BYTES = OP_BYTES * 4;

/** One row of one block, or the layout that goes with the last batch. */
type WriteItem = { block: PreparedBlock; row: number } | 'layout';

/** Excel column width is in points; a plan gives characters (about 7 px each plus 5 px padding, 0.75 pt/px). */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

export async function writePlan(context: RequestContextApi, plan: SheetPlan, progress?: (doneCells: number, totalCells: number) => void): Promise<number> {
  assertOwnSheet(plan.name);
  // Group before touching Excel, so a malformed plan fails with nothing written; in slices,
  // so the pane keeps answering while a large sheet is grouped.
  const blocks = (await runSliced(planBlockSteps(plan.cells))).map((block) => new PreparedBlock(block));
  const sheets = context.workbook.worksheets;
  const old = sheets.getItemOrNullObject(plan.name);
  await context.sync();

  if (!old.isNullObject) old.delete();
  const sheet = sheets.add(plan.name);
  const items: WriteItem[] = [];
  for (const block of blocks) for (let row = 0; row < block.height; row++) items.push({ block, row });
  items.push('layout');
  const width = (item: WriteItem) => (item === 'layout' ? 0 : item.block.width);
  const total = items.reduce((n, item) => n + width(item), 0);
  const layoutBytes = OP_BYTES * (8 + 12 * (plan.charts?.length ?? 0) + (plan.merges?.length ?? 0) + Object.keys(plan.columnWidths ?? {}).length) + jsonBytes(plan.charts ?? []) + jsonBytes(plan.merges ?? []);
  let written = 0;
  const syncs = await syncInBatches<WriteItem>(context, {
    items,
    // Each row's data; a block's range and its (up to) three assignments with its first row, and
    // with every batch, for the block a batch boundary cuts in two.
    bytes: (item) => (item === 'layout' ? layoutBytes : item.block.row(item.row).bytes + (item.row === 0 ? BLOCK_BYTES : 0)),
    batchBytes: BLOCK_BYTES,
    describe: (item) => (item === 'layout' ? plan.name : `${plan.name}!${item.block.block.top + item.row}`),
    queue: (batch) => {
      // Consecutive rows of one block go in one assignment.
      let i = 0;
      while (i < batch.length) {
        const item = batch[i];
        if (item === 'layout') {
          writeLayout(sheet, plan);
          i++;
          continue;
        }
        let j = i + 1;
        while (j < batch.length) {
          const next = batch[j];
          if (next === 'layout' || next.block !== item.block || next.row !== item.row + (j - i)) break;
          j++;
        }
        writeRows(sheet, item.block, item.row, item.row + (j - i));
        i = j;
      }
      const cells = batch.reduce((n, it) => n + width(it), 0);
      return () => {
        written += cells;
        progress?.(written, total);
      };
    },
  });
  return 1 + syncs;
}
