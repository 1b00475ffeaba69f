// The command line's own texts about how it was called (flags, files, stdin, --out): one line
// each, Vietnamese first and English second, as every CLI message is (they can come before --lang
// is read). Texts about workbooks are in xlsx.ts, scenarios in scenario.ts, consolidation in
// consolidate.ts.
import type { Mode } from '../types';

export const cliText = {
  switchTakesNoValue: (name: string) => `--${name} không nhận giá trị / takes no value`,
  needsValue: (name: string) => `--${name} cần một giá trị / needs a value`,
  unknownOption: (name: string, known: string) =>
    `không có tùy chọn --${name} / unknown option --${name} (các tùy chọn / known: ${known || 'không có / none'}; ngansach --help)`,
  unknownCommand: (name: string) =>
    `không có lệnh "${name}" / unknown command "${name}" — dùng / use check, money, mode, scenario, consolidate (ngansach --help)`,
  internal: (message: string) =>
    `lỗi bên trong công cụ / internal error: ${message} (xin báo lỗi kèm tệp đầu vào / please report this with the input file)`,
  badLang: (lang: string) => `--lang "${lang}": dùng / use vi or en`,
  badUnit: (unit: string) =>
    `--unit "${unit}": không rõ đơn vị / unknown unit; use "đồng", "nghìn đồng", "triệu đồng" or "tỷ đồng"`,
  badPeriod: (text: string) => `--period "${text}": không đọc được giai đoạn / not a plan period; write it like 2021-2025`,
  badRuleSet: (text: string, known: string) =>
    `--ruleset "${text}": không có bộ quy định này / unknown rule set; dùng / use ${known}`,
  emptyTable: (file: string, where: string) =>
    `${file}: bảng ở ${where} chưa có dòng số liệu nào / the table at ${where} has no rows yet`,
  checkNoFile: () => 'thiếu tệp / missing the workbook: ngansach check FILE.xlsx [--sheet NAME] [--json] [--out OUT.xlsx]',
  checkOneFile: (files: readonly string[]) =>
    `chỉ một tệp mỗi lần / one workbook at a time (got ${files.length}: ${files.join(', ')})`,
  moneyNoFile: () =>
    'không nhận tên tệp: đưa mỗi dòng một chuỗi vào stdin / takes no file: pipe one text a line on stdin (echo "1,26 tỷ" | ngansach money)',
  modeNoFile: () =>
    'không nhận tên tệp: đưa mỗi dòng một chuỗi vào stdin / takes no file: pipe one text a line on stdin (echo "Thuê VNPT" | ngansach mode --json)',
  scenarioOneFile: (how: string) => `cần đúng một tệp phương án / give exactly one scenario file: ${how}`,
  outNotXlsx: (out: string, macros: boolean) =>
    `--out ${out}: tên tệp phải kết thúc bằng .xlsx / must end in .xlsx${macros ? ' (.xlsm for a workbook with macros)' : ''}`,
  /** `many`: the command takes several inputs (consolidate), not one workbook. */
  outIsInput: (out: string, many: boolean) => many
    ? `--out ${out}: không ghi đè tệp đầu vào / will not overwrite an input; choose another file name`
    : `--out ${out}: không ghi đè tệp gốc / will not overwrite the input; choose another file name`,
  outNoFolder: (out: string, dir: string) => `--out ${out}: thư mục không tồn tại / the folder does not exist: ${dir}`,
  outIsFolder: (out: string) => `--out ${out}: là một thư mục / is a directory; give a file name ending in .xlsx`,
  outNoPermission: (out: string, dir: string) => `--out ${out}: không có quyền ghi vào thư mục / no permission to write in ${dir}`,
  /** `where`: the file, or the file and the sheet asked for. */
  noTable: (where: string) =>
    `${where}: không tìm thấy bảng ngân sách / no budget table found: the header needs columns like 'Số thứ tự', 'Tên dự án/nhiệm vụ', 'Tổng mức đầu tư'`,
  inSheet: (file: string, sheet: string) => `${file} (trang / sheet "${sheet}")`,
  /** `ngansach money`: a dash ("-"), deliberately no amount; a line cut at `max` characters. */
  moneyDash: '(không có số tiền / no amount)',
  lineTooLong: (max: number) => `dòng dài quá ${max} ký tự / line longer than ${max} characters`,
  /** `ngansach mode`: the way of spending in short Vietnamese words beside the contract's code. */
  modeWords: {
    invest: 'đầu tư', lease: 'thuê', mixed: 'đầu tư + thuê', provided: 'được cấp', free: 'miễn phí', pilot: 'thử nghiệm', unknown: 'chưa rõ',
  } as Record<Mode, string>,
};
