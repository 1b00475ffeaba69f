// Writes a SheetPlan through Office.js: replace the add-in's sheet of that name, then one
// assignment per block for number formats, values or formulas, and cell formats. Two round trips
// whatever the size (one to learn whether the sheet exists, one for everything else).
import { columnLetter } from '../core/grid';
import { Decimal } from '../core/decimal';
import { FINDINGS_SHEET, SUMMARY_SHEET, DATA_SHEET } from '../core/sheets/names';
import { SCENARIO_SHEET_NAME } from '../core/scenario/sheet';
import type { PlanCell, SheetPlan } from '../core/sheetplan';
import { HostError } from './host';
import type { RequestContextApi, WorksheetApi } from './office-api';
import { planBlocks, type PlanBlock } from './plan-blocks';

/** The only sheets the add-in may create, replace or write. */
export const OWN_SHEETS: readonly string[] = [FINDINGS_SHEET, SUMMARY_SHEET, DATA_SHEET, SCENARIO_SHEET_NAME];

const LINK_COLOR = '#0563C1';

export function assertOwnSheet(name: string): void {
  if (!OWN_SHEETS.includes(name)) {
    throw new HostError('unsupported', `Tiện ích chỉ ghi vào các sheet của mình (${OWN_SHEETS.join(', ')}), không ghi vào "${name}".`);
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

function writeBlock(sheet: WorksheetApi, block: PlanBlock): void {
  const range = sheet.getRangeByIndexes(block.top - 1, block.left - 1, block.cells.length, block.cells[0].length);
  const formats = block.cells.map((line) => line.map(numberFormatOf));
  if (formats.some((line) => line.some((f) => f !== 'General'))) range.numberFormat = formats;
  if (block.kind === 'formula') {
    range.formulas = block.cells.map((line) => line.map((c) => `=${(c.formula as string).replace(/^=/, '')}`));
  } else {
    range.values = block.cells.map((line) => line.map((c) => cellScalar(c.value)));
  }
  if (block.cells.some((line) => line.some(needsProperties))) {
    range.setCellProperties(block.cells.map((line) => line.map(cellProperties)));
  }
}

/** Excel column width is in points; a plan gives characters (about 7 px each plus 5 px padding, 0.75 pt/px). */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

export async function writePlan(context: RequestContextApi, plan: SheetPlan): Promise<void> {
  assertOwnSheet(plan.name);
  // Group before touching Excel, so a malformed plan fails with nothing written.
  const blocks = planBlocks(plan.cells);
  const sheets = context.workbook.worksheets;
  const old = sheets.getItemOrNullObject(plan.name);
  await context.sync();

  if (!old.isNullObject) old.delete();
  const sheet = sheets.add(plan.name);
  for (const block of blocks) writeBlock(sheet, block);
  for (const [col, width] of Object.entries(plan.columnWidths ?? {})) {
    sheet.getRange(`${col}1`).format.columnWidth = charsToPoints(width);
  }
  for (const merge of plan.merges ?? []) sheet.getRange(merge).merge(false);
  const freeze = plan.freeze;
  if (freeze && freeze.rows > 0 && freeze.cols > 0) sheet.freezePanes.freezeAt(`A1:${columnLetter(freeze.cols)}${freeze.rows}`);
  else if (freeze && freeze.rows > 0) sheet.freezePanes.freezeRows(freeze.rows);
  else if (freeze && freeze.cols > 0) sheet.freezePanes.freezeColumns(freeze.cols);
  await context.sync();
}
