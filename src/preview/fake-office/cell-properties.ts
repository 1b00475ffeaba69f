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

/** What a cell's properties are read from; the address is made only when asked for. */
export interface CellSource {
  cell: FakeCell | undefined;
  address: () => string;
  hidden: boolean;
}

type Getter<S> = (s: S) => unknown;
interface Schema<S> { [key: string]: Getter<S> | Schema<S> }

// Excel's CellProperties, one getter a leaf: the full tree and every trimmed answer come from
// this one description. A getter may answer undefined (no hyperlink): the key is then absent.
const CELL_PROPERTIES: Schema<CellSource> = {
  address: (s) => s.address(),
  hidden: (s) => s.hidden,
  format: {
    font: { bold: (s) => s.cell?.bold ?? false, italic: (s) => s.cell?.italic ?? false },
    // Excel reports an unfilled cell as white with pattern None.
    fill: { color: (s) => s.cell?.fill?.color ?? '#FFFFFF', pattern: (s) => s.cell?.fill?.pattern ?? 'None' },
    wrapText: (s) => s.cell?.wrap ?? false,
    horizontalAlignment: (s) => s.cell?.align ?? 'General',
  },
  hyperlink: (s) => (s.cell?.hyperlink ? { documentReference: s.cell.hyperlink } : undefined),
};

function whole<S>(schema: Schema<S>, s: S): Tree {
  const out: Tree = {};
  for (const [key, node] of Object.entries(schema)) {
    const v = typeof node === 'function' ? node(s) : whole(node, s);
    if (v !== undefined) out[key] = v;
  }
  return out;
}

export function fullCellProperties(cell: FakeCell | undefined, address: string, hidden: boolean): Tree {
  return whole(CELL_PROPERTIES, { cell, address: () => address, hidden });
}

type Part<S> = (s: S, out: Tree) => void;

function compile<S>(schema: Schema<S>, options: object): (s: S) => Tree {
  const parts: Part<S>[] = [];
  for (const [key, want] of Object.entries(options)) {
    const node = Object.prototype.hasOwnProperty.call(schema, key) ? schema[key] : undefined;
    if (want === true) {
      if (node === undefined) continue;
      parts.push(typeof node === 'function'
        ? (s, out) => {
          const v = node(s);
          if (v !== undefined) out[key] = v;
        }
        : (s, out) => {
          out[key] = whole(node, s);
        });
    } else if (isTree(want)) {
      if (node === undefined) parts.push((_s, out) => { out[key] = {}; });
      else if (typeof node === 'function') {
        parts.push((s, out) => {
          const v = node(s);
          out[key] = isTree(v) ? pick(v, want) : {};
        });
      } else {
        const inner = compile(node, want);
        parts.push((s, out) => { out[key] = inner(s); });
      }
    }
  }
  return (s) => {
    const out: Tree = {};
    for (const part of parts) part(s, out);
    return out;
  };
}

/**
 * The answer getCellProperties gives each cell for these load options: the same tree as
 * pick(fullCellProperties(…), options), without building what was not asked for (a 100,000-cell
 * read asks for bold alone).
 */
export function cellPropertiesPicker(options: object): (s: CellSource) => Tree {
  return compile(CELL_PROPERTIES, options);
}

/** What a row's or a column's properties are read from (zero-based); the address is made only when asked for. */
export interface LineSource {
  index: number;
  hidden: boolean;
  address: () => string;
}

// Excel's RowProperties and ColumnProperties, as far as the fake keeps them: the same three, named for each.
const lineSchema = (index: string, hidden: string): Schema<LineSource> => ({
  [index]: (s: LineSource) => s.index,
  [hidden]: (s: LineSource) => s.hidden,
  address: (s: LineSource) => s.address(),
});
const LINE_PROPERTIES = { row: lineSchema('rowIndex', 'rowHidden'), column: lineSchema('columnIndex', 'columnHidden') };

/** getRowProperties' (or getColumnProperties') answer for a line: its properties trimmed to the options, built directly. */
export function linePropertiesPicker(kind: 'row' | 'column', options: object): (s: LineSource) => Tree {
  return compile(LINE_PROPERTIES[kind], options);
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
