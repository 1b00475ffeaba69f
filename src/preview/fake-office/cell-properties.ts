// getCellProperties / setCellProperties for the fake: a cell's properties in Excel's shape,
// trimmed to what the caller asked for, and the settable subset applied back to a cell.
import { FakeOfficeError } from './errors';
import type { FakeCell } from './state';

type Tree = { [key: string]: unknown };

function isTree(v: unknown): v is Tree {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Keeps only the branches the load options ask for (true leaves), like Excel's response. */
export function pick(full: Tree, options: object): Tree {
  const out: Tree = {};
  for (const [key, want] of Object.entries(options)) {
    if (want === true) {
      if (full[key] !== undefined) out[key] = full[key];
    } else if (isTree(want)) {
      const branch = full[key];
      out[key] = isTree(branch) ? pick(branch, want) : {};
    }
  }
  return out;
}

export function fullCellProperties(cell: FakeCell | undefined, address: string, hidden: boolean): Tree {
  return {
    address,
    hidden,
    format: {
      font: { bold: cell?.bold ?? false, italic: cell?.italic ?? false },
      // Excel reports an unfilled cell as white with pattern None.
      fill: { color: cell?.fill?.color ?? '#FFFFFF', pattern: cell?.fill?.pattern ?? 'None' },
      wrapText: cell?.wrap ?? false,
      horizontalAlignment: cell?.align ?? 'General',
    },
    ...(cell?.hyperlink ? { hyperlink: { documentReference: cell.hyperlink } } : {}),
  };
}

export function applyCellProperties(cell: FakeCell, props: Excel.SettableCellProperties): void {
  const format = props.format;
  if (format?.font?.bold !== undefined) cell.bold = format.font.bold;
  if (format?.font?.italic !== undefined) cell.italic = format.font.italic;
  if (format?.wrapText !== undefined) cell.wrap = format.wrapText;
  if (format?.horizontalAlignment !== undefined) cell.align = String(format.horizontalAlignment);
  const fill = format?.fill;
  if (fill) {
    const pattern = fill.pattern === undefined ? undefined : String(fill.pattern);
    if (pattern === 'None') cell.fill = null;
    else if (fill.color !== undefined || pattern !== undefined) {
      const color = fill.color ?? cell.fill?.color;
      if (color === undefined) throw new FakeOfficeError('InvalidArgument', 'A fill pattern needs a colour.');
      cell.fill = { color: normalizeColor(color), pattern: pattern ?? 'Solid' };
    }
  }
  if (props.hyperlink) cell.hyperlink = props.hyperlink.documentReference ?? props.hyperlink.address ?? null;
}

/** Excel answers colours as upper-case "#RRGGBB" whatever was written. */
export function normalizeColor(color: string): string {
  const hex = color.startsWith('#') ? color.slice(1) : color;
  if (!/^[0-9a-fA-F]{6}$/.test(hex)) throw new FakeOfficeError('InvalidArgument', `Not a colour: ${color}`);
  return `#${hex.toUpperCase()}`;
}
