// The units' workbooks the consolidate tests read, written fresh into a temp folder. Figures are
// small so every expected total can be added by hand (triệu đồng unless said):
//   an-giang.xlsx       title "UBND TỈNH AN GIANG": LGSP 1.000 NSĐP ĐTPT 2021-2022, records 2.000 NSTW 2023
//   kien-giang.xlsx     title "Tỉnh Kiên Giang", in tỷ đồng: SOC 1,5 NSĐP 2022; the same LGSP 1 tỷ NSĐP 2024
//   nhieu-tinh.xlsx     two provinces in one file, a sheet each, no province in the titles:
//                       "Cà Mau": training 800 NSĐP CTX 2021; cameras "1.200 (600/năm)" NSĐP ĐTPT 2022-2023
//                       "Bạc Liêu": records 300 NSTW 2025
//   ca-mau-he-thong.xlsx   a unit form (systems, Tự đầu tư/Thuê), title "UBND TỈNH CÀ MAU":
//                       IOC "Đầu tư" 2 tỷ; SOC "Thuê VNPT" 500 triệu đồng; LGSP "Thuê dịch vụ của VNPT" (no money)
//   bac-lieu-he-thong.xlsx title "Tỉnh Bạc Liêu": IOC "Thuê Viettel" 1,26 tỷ; LGSP "Tự đầu tư" (no money)
//   hong.xlsx           not a workbook
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { addPlanSheet, writePlanWorkbook } from '../helpers/workbooks';
import type { PlanLayout, PlanRow, PlanWorkbookOptions } from '../helpers/workbooks';

export interface UnitFiles {
  dir: string;
  anGiang: string;
  kienGiang: string;
  nhieuTinh: string;
  caMauForm: string;
  bacLieuForm: string;
  broken: string;
  /** The duplicated LGSP row's amount cell in An Giang's and Kiên Giang's files. */
  lgspCells: [string, string];
}

const PLAN_TITLES = (heading: string) => [heading, 'DANH MỤC DỰ ÁN, NHIỆM VỤ ỨNG DỤNG CNTT GIAI ĐOẠN 2021 - 2025'];

const FORM: PlanWorkbookOptions = {
  columns: ['stt', 'name', 'mode', 'amount'],
  headers: { name: 'Tên hệ thống/Mô hình', amount: 'Tổng kinh phí đề xuất' },
  unitLine: null,
};

export async function writeUnitFiles(dir: string): Promise<UnitFiles> {
  const file = (name: string) => path.join(dir, name);
  const ag = await writePlanWorkbook(file('an-giang.xlsx'), [
    { stt: 'I', name: 'Dự án CNTT' },
    { stt: '1', name: 'Xây dựng Nền tảng LGSP', time: '2021-2022', amount: 1000, source: 'NSĐP (Vốn đầu tư)' },
    { stt: '2', name: 'Số hóa hồ sơ', time: '2023', amount: 2000, source: 'NSTW' },
    { name: 'Tổng cộng' },
  ], { titles: PLAN_TITLES('UBND TỈNH AN GIANG'), sumFormulas: true });
  const kg = await writePlanWorkbook(file('kien-giang.xlsx'), [
    { stt: '1', name: 'Trung tâm giám sát ATTT (SOC)', time: '2022', amount: 1.5, source: 'NSĐP' },
    { stt: '2', name: 'XÂY DỰNG NỀN TẢNG LGSP', time: '2024', amount: 1, source: 'NSĐP' },
  ], { titles: PLAN_TITLES('Tỉnh Kiên Giang'), unitLine: 'Đơn vị tính: Tỷ đồng' });

  const many = new ExcelJS.Workbook();
  const caMau: PlanRow[] = [
    { stt: '1', name: 'Đào tạo kỹ năng số', time: '2021', amount: 800, source: 'NSĐP (chi thường xuyên)' },
    { stt: '2', name: 'Camera giám sát giao thông', time: '2022-2023', amount: '1.200 (600/năm)', source: 'NSĐP (Vốn đầu tư)' },
  ];
  addPlanSheet(many, caMau, { sheet: 'Cà Mau' });
  addPlanSheet(many, [{ stt: '1', name: 'Số hóa hồ sơ', time: '2025', amount: 300, source: 'NSTW' }], { sheet: 'Bạc Liêu' });
  await many.xlsx.writeFile(file('nhieu-tinh.xlsx'));

  await writePlanWorkbook(file('ca-mau-he-thong.xlsx'), [
    { stt: '1', name: 'Hệ thống IOC', mode: 'Đầu tư', amount: '2 tỷ' },
    { stt: '2', name: 'Hệ thống SOC', mode: 'Thuê VNPT', amount: '500 triệu đồng' },
    { stt: '3', name: 'Hệ thống LGSP', mode: 'Thuê dịch vụ của VNPT' },
  ], { ...FORM, titles: ['UBND TỈNH CÀ MAU', 'PHỤ LỤC VỀ HẠ TẦNG, MÔ HÌNH CHUYỂN ĐỔI SỐ CỦA 01 ĐƠN VỊ'] });
  await writePlanWorkbook(file('bac-lieu-he-thong.xlsx'), [
    { stt: '1', name: 'Hệ thống IOC', mode: 'Thuê Viettel', amount: '1,26 tỷ' },
    { stt: '2', name: 'Hệ thống LGSP', mode: 'Tự đầu tư' },
  ], { ...FORM, titles: ['Tỉnh Bạc Liêu', 'PHỤ LỤC VỀ HẠ TẦNG, MÔ HÌNH CHUYỂN ĐỔI SỐ CỦA 01 ĐƠN VỊ'] });

  fs.writeFileSync(file('hong.xlsx'), 'not a workbook');
  const lgsp = (layout: PlanLayout, i: number) => layout.amountCell(i);
  return {
    dir,
    anGiang: file('an-giang.xlsx'),
    kienGiang: file('kien-giang.xlsx'),
    nhieuTinh: file('nhieu-tinh.xlsx'),
    caMauForm: file('ca-mau-he-thong.xlsx'),
    bacLieuForm: file('bac-lieu-he-thong.xlsx'),
    broken: file('hong.xlsx'),
    lgspCells: [lgsp(ag, 1), lgsp(kg, 1)],
  };
}
