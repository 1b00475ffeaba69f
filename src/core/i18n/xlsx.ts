// Texts about workbook files (reading an .xlsx, writing the --out copy): one line each,
// Vietnamese first and English second, naming the file and saying what to do. The .xlsx reader
// and writer (src/xlsx) and the CLI take every such text from here.
import { Decimal } from '../decimal';
import { formatAmount, formatFileSize } from './index';

/** Counts as officers write them (1.048.576), by the one formatter. */
function n(value: number): string {
  return formatAmount('vi', new Decimal(value));
}

export const xlsxText = {
  notFound: (file: string) => `${file}: không tìm thấy tệp / file not found`,
  permission: (file: string) => `${file}: không có quyền đọc tệp / permission denied`,
  directory: (file: string) => `${file}: là một thư mục, không phải tệp .xlsx / is a directory, not an .xlsx file`,
  oldXls: (name: string) =>
    `${name}: tệp Excel 97-2003 (.xls), không phải .xlsx — mở trong Excel và lưu lại dạng .xlsx / ` +
    'an old .xls workbook: open it in Excel and save it as .xlsx',
  notXlsxName: (name: string) =>
    `${name}: không phải tệp .xlsx / not an .xlsx file (expected a workbook saved from Excel as .xlsx)`,
  empty: (name: string) => `${name}: tệp rỗng (0 byte) / the file is empty (0 bytes), not a workbook`,
  passwordProtected: (name: string) =>
    `${name}: sổ tính được bảo vệ bằng mật khẩu / password-protected: ` +
    'remove the password in Excel (File > Info > Protect Workbook) and try again',
  notZip: (name: string) =>
    `${name}: không phải tệp .xlsx (nội dung không phải sổ tính Excel) / not an .xlsx file: ` +
    'its content is not an Excel workbook (was it renamed?)',
  corrupt: (name: string, why: string) =>
    `${name}: tệp hỏng, không đọc được / corrupt workbook, cannot be read (${why}); open it in Excel and save it again`,
  tooLarge: (name: string, what: string, limit: number) =>
    `${name}: ${what} vượt quá ${formatFileSize('vi', limit)} khi giải nén / more than ${formatFileSize('en', limit)} uncompressed ` +
    '(a damaged or hostile file?); open it in Excel and save it again',
  malformedXml: (name: string, part: string, why: string) =>
    `${name}: phần ${part} không phải XML hợp lệ / ${part} is malformed XML (${why}); Excel would refuse it too — ` +
    'open the file in the program that made it and save it again',
  rowOutOfRange: (name: string, sheet: string, row: number) =>
    `${name}: trang "${sheet}" có dòng ${n(row)}, quá dòng cuối 1.048.576 của Excel / ` +
    `sheet "${sheet}" has row ${row}, beyond Excel's last row 1048576 (a damaged file?)`,
  columnOutOfRange: (name: string, sheet: string, ref: string) =>
    `${name}: trang "${sheet}" có ô ${ref} vượt quá cột cuối XFD của Excel / ` +
    `sheet "${sheet}" has a cell ${ref} beyond Excel's last column XFD (a damaged file?)`,
  badAddress: (name: string, sheet: string, ref: string) =>
    `${name}: trang "${sheet}" có địa chỉ ô không hợp lệ "${ref}" / sheet "${sheet}" has an invalid cell address "${ref}"`,
  tooManyCells: (name: string, limit: number) =>
    `${name}: hơn ${n(limit)} ô có dữ liệu, quá sức đọc của công cụ / more than ${n(limit)} cells hold data, ` +
    'more than this tool reads; split the workbook',
  blockTooLarge: (name: string, sheet: string, range: string, cells: number, limit: number) =>
    `${name}: vùng dữ liệu của trang "${sheet}" là ${range} (${n(cells)} ô), quá ${n(limit)} ô / ` +
    `the data of sheet "${sheet}" spans ${range} (${cells} cells), more than ${limit}; delete the stray cells or split the sheet`,
  cellTooLong: (name: string, part: string, limit: number) =>
    `${name}: một ô trong ${part} dài hơn ${n(limit)} ký tự / a cell in ${part} holds more than ${limit} characters (a damaged file?)`,
  noSheets: (name: string) => `${name}: sổ tính không có trang tính nào / the workbook has no sheets`,
  noSheetNamed: (name: string, sheet: string, list: string) =>
    `${name}: không có trang tính "${sheet}" / no sheet named "${sheet}"; các trang có / sheets: ${list}`,
  workbookEmpty: (name: string) => `${name}: sổ tính trống / the workbook is empty, không có ô nào có dữ liệu / no cell holds data`,
  sheetEmpty: (name: string, sheet: string) =>
    `${name}: trang "${sheet}" trống / sheet "${sheet}" is empty, không có ô nào có dữ liệu / no cell holds data`,
  /** A note, not an error: the reader kept the block that holds the data. */
  farCellsLeftOut: (sheet: string, kept: string, count: number, example: string) =>
    `trang "${sheet}": chỉ đọc vùng ${kept}; ${n(count)} ô ở xa bảng bị bỏ qua (ví dụ ${example}) / ` +
    `sheet "${sheet}": read ${kept} only; ${count} cell(s) far from the table left out (e.g. ${example})`,

  // Writing the --out copy.
  diskFull: (out: string) => `${out}: không đủ chỗ trên đĩa để ghi / no space left on the disk; free some space and try again`,
  writeDenied: (out: string) => `${out}: không có quyền ghi / permission denied writing the file`,
  readOnlyDisk: (out: string) => `${out}: ổ đĩa chỉ đọc / the disk is read-only; write the copy somewhere else`,
  outTooLarge: (out: string) => `${out}: bản sao vượt quá 4 GiB, không ghi được / the copy would exceed 4 GiB; cannot be written`,
  macroExtension: (out: string, macros: boolean) => macros
    ? `--out ${out}: sổ tính có macro, bản sao phải là .xlsm / the workbook holds macros: name the copy .xlsm`
    : `--out ${out}: sổ tính không có macro, bản sao phải là .xlsx / the workbook holds no macros: name the copy .xlsx`,
  renamedSheet: (wanted: string, used: string) =>
    `Sổ tính đã có trang "${wanted}" của người dùng, nên kết quả được ghi vào trang "${used}" / ` +
    `the workbook already has a sheet of its own named "${wanted}", so the results went to "${used}"`,
  cutCells: (count: number, limit: number, example: string) =>
    `${n(count)} ô dài hơn ${n(limit)} ký tự đã bị cắt bớt (ví dụ ${example}) / ` +
    `${count} cell(s) longer than ${limit} characters were cut (e.g. ${example})`,
  notANumber: (count: number, example: string) =>
    `${n(count)} ô có số không ghi được vào Excel (vô cực hoặc không phải số) được ghi là #NUM! (ví dụ ${example}) / ` +
    `${count} cell(s) with a number Excel cannot hold (infinite or not a number) were written as #NUM! (e.g. ${example})`,
  formulaAsValue: (count: number, example: string) =>
    `${n(count)} công thức dài quá 8.192 ký tự Excel cho phép được ghi thành giá trị (ví dụ ${example}) / ` +
    `${count} formula(s) longer than Excel's 8192 characters were written as their value (e.g. ${example})`,
  /** Appended to a cell cut to Excel's limit. */
  cutMarker: ' …[cắt bớt / cut]',
};
