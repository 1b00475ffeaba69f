// The national survey fixture (khao-sat-mau.xlsx: one row per province × system, 13 provinces in
// column B) consolidated: one file holding many units. Expected counts are read off the sheet by
// hand (test/fixtures/README.md describes it): the system each row names in column C and what its
// "Tự đầu tư/Thuê" cell (column E) says.
//   IOC (12 provinces): "Đầu tư" at Bắc Giang, Bình Phước, Cà Mau, Điện Biên, Hà Giang, Sóc Trăng;
//     "Viettel" at Bạc Liêu (a lease); "VNPT triển khai Thuê thử nghiệm" at Cần Thơ (a pilot);
//     empty or no answer at Bến Tre, Quảng Ninh, Thái Nguyên ("Tương tự ví dụ") and Kon Tum
//     ("Hiện đang tạm dừng hoạt động …").
//   TTHC (10): empty at Bắc Giang, Bắc Kạn, Cần Thơ; "thuê giai đoạn đầu … quyết định đầu tư"
//     at Bình Phước (mixed); "Thuê VNPT" Cà Mau and "Thuê" Kon Tum; "Thử nghiệm" Hà Giang and
//     "triển khai thí điểm" Thái Nguyên (pilot); "Tự đầu tư" Quảng Ninh, "Đầu tư" Sóc Trăng.
//   LGSP (2): Bắc Kạn and Bến Tre, both empty.
// Money (column G): Thái Nguyên "500 triệu đồng" + "6.371.620.970 đồng" = 6.871,62097 triệu;
// Kon Tum "1 tỷ" + "4,649 tỷ đồng" + "21 tỷ" = 26.649 triệu.
import type { ConsolidateJSON } from '../../src/core/consolidate';
import { FIXTURE_SURVEY } from '../helpers/fixtures';
import { run } from './run';

async function survey(...args: string[]): Promise<ConsolidateJSON> {
  const r = await run(['consolidate', FIXTURE_SURVEY, '--json', ...args]);
  return JSON.parse(r.out) as ConsolidateJSON;
}

const PROVINCES = ['Bạc Liêu', 'Bắc Giang', 'Bắc Kạn', 'Bến Tre', 'Bình Phước', 'Cà Mau', 'Cần Thơ', 'Điện Biên', 'Hà Giang', 'Kon Tum', 'Quảng Ninh', 'Sóc Trăng', 'Thái Nguyên'];

describe('consolidate: the national survey fixture', () => {
  let json: ConsolidateJSON;
  beforeAll(async () => {
    json = await survey();
  });

  it('reads each row’s unit from the province column', () => {
    expect(json.files[0]).toMatchObject({ unit: null, unitFrom: 'column', units: PROVINCES });
    expect(Object.keys(json.byUnit).sort((a, b) => a.localeCompare(b, 'vi'))).toEqual([...PROVINCES].sort((a, b) => a.localeCompare(b, 'vi')));
  });

  it('counts provinces by system and mode as the sheet says', () => {
    expect(json.systems.IOC).toMatchObject({
      units: 12, byMode: { invest: 6, lease: 1, mixed: 0, provided: 0, free: 0, pilot: 1, unknown: 4 }, byVendor: { Viettel: 1, VNPT: 1 },
    });
    expect(json.systems.TTHC).toMatchObject({ units: 10, byMode: { invest: 2, lease: 2, mixed: 1, pilot: 2, unknown: 3 } });
    expect(json.systems.LGSP).toMatchObject({ units: 2, byMode: { unknown: 2 } });
  });

  it('converts each province’s money to triệu đồng', () => {
    expect(json.unitOfMoney).toBe('triệu đồng');
    expect(json.byUnit['Thái Nguyên'].total).toBe('6871.62097');
    expect(json.byUnit['Kon Tum'].total).toBe('26649');
  });

  it('--provinces 2025: 13 old provinces become 10 new ones', async () => {
    const j = await survey('--provinces', '2025');
    expect(Object.keys(j.byUnit)).toHaveLength(10);
    // Cà Mau (invest) + Bạc Liêu (lease) and Cần Thơ (pilot) + Sóc Trăng (invest) turn mixed.
    expect(j.systems.IOC).toMatchObject({ units: 10, byMode: { invest: 4, mixed: 2, unknown: 4, lease: 0, pilot: 0 } });
    expect(j.byUnit['Quảng Ngãi']).toMatchObject({ total: '26649', members: ['Quảng Ngãi', 'Kon Tum'], membersFound: ['Kon Tum'] });
  });
});
