// The command line's own texts about how it was called (flags, files, stdin): one line each,
// Vietnamese first and English second, as every CLI message is. Texts about workbooks are in
// xlsx.ts, about scenarios in scenario.ts, about consolidation in consolidate.ts.

export const cliText = {
  switchTakesNoValue: (name: string) => `--${name} không nhận giá trị / takes no value`,
  needsValue: (name: string) => `--${name} cần một giá trị / needs a value`,
  unknownOption: (name: string, known: string) =>
    `không có tùy chọn --${name} / unknown option --${name} (các tùy chọn / known: ${known || 'không có / none'}; ngansach --help)`,
  unknownCommand: (name: string) =>
    `không có lệnh "${name}" / unknown command "${name}" — dùng / use check, money, mode, scenario, consolidate (ngansach --help)`,
  internal: (message: string) =>
    `lỗi bên trong công cụ / internal error: ${message} (xin báo lỗi kèm tệp đầu vào / please report this with the input file)`,
  badLang: (lang: string) => `--lang "${lang}": dùng / use vi hoặc / or en`,
  badUnit: (unit: string) =>
    `--unit "${unit}": không rõ đơn vị / unknown unit; dùng / use "đồng", "nghìn đồng", "triệu đồng", "tỷ đồng"`,
  moneyNoFile: () =>
    'không nhận tên tệp: đưa mỗi dòng một chuỗi vào stdin / takes no file: pipe one text a line on stdin (echo "1,26 tỷ" | ngansach money)',
  modeNoFile: () =>
    'không nhận tên tệp: đưa mỗi dòng một chuỗi vào stdin / takes no file: pipe one text a line on stdin (echo "Thuê VNPT" | ngansach mode --json)',
  scenarioOneFile: (how: string) => `cần đúng một tệp phương án / give exactly one scenario file: ${how}`,
  outNotXlsx: (out: string) => `--out ${out}: tên tệp phải kết thúc bằng .xlsx / must end in .xlsx`,
  outNoFolder: (out: string, dir: string) => `--out ${out}: thư mục không tồn tại / the folder does not exist: ${dir}`,
  outIsInput: (out: string) =>
    `--out ${out}: không ghi đè tệp gốc / will not overwrite the input; chọn tên khác / choose another file name`,
};
