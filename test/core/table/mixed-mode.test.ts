// A row that both invests and leases ("Đầu tư thiết bị và thuê đường truyền", or money in both an
// "Đầu tư" and a "Thuê" column) is asked the procedure of each part. Before, it was routed as one
// investment of its whole amount: a recurrent row of 150 invested and 750 leased was told to write
// an outline and estimate for 900, and its lease got no word.
// Thresholds by hand from ND 73/2019 (the law on 01/01/2026, the plan's first day):
//   ĐTPT: one-step design up to 15 tỷ (Điều 10 khoản 2 điểm b), above it two steps (khoản 3);
//   CTX building or upgrading: up to 200 triệu procurement only, above it to 15 tỷ an outline and
//   detailed estimate (Điều 51 khoản 1, 2); a lease not said to be custom or off the shelf: the
//   stricter lease plan (Điều 52).
//   A lease paid from investment capital is done as (part of) the project, its cost in the
//   project's size (Điều 3 khoản 5, Điều 19 khoản 2 điểm đ): such a row stays one project.
import type { CheckedTable } from '../../../src/core/model';
import { checkSheet, SheetSpec } from '../../helpers/sheets';

const CTX = 'NSĐP (chi thường xuyên)';
const DTPT = 'NSĐP (vốn đầu tư)';

const hintOf = (t: CheckedTable, row: number) => t.findings.find((f) => f.code === 'PROCEDURE_HINT' && f.row === row);

describe('the way of spending written in a bare "Hình thức" column', () => {
  const spec: SheetSpec = {
    name: 'KH',
    rows: [
      ['KẾ HOẠCH ỨNG DỤNG CÔNG NGHỆ THÔNG TIN NĂM 2026'],
      ['Đơn vị tính: triệu đồng'],
      ['STT', 'Nhiệm vụ', 'Hình thức', 'Thời gian', 'Kinh phí', 'Nguồn vốn'],
      ['1', 'Hệ thống hội nghị truyền hình', 'Đầu tư thiết bị và thuê đường truyền', '2026', 18000, DTPT],
      ['2', 'Nâng cấp Cổng thông tin điện tử', 'Nâng cấp và thuê hạ tầng', '2026', 4000, CTX],
      ['3', 'Thuê dịch vụ chữ ký số', 'Chỉ định thầu', '2026', 600, CTX],
      [null, 'Tổng cộng', null, null, 22600, null],
    ],
  };
  const t = checkSheet(spec);

  it('is the mode column ("Hình thức" alone was read as nothing before)', () => {
    expect(t.columnInfo.map((c) => c.role)).toEqual(['stt', 'name', 'mode', 'time', 'amount', 'sourceText']);
    expect(t.rows.filter((r) => r.kind === 'item').map((r) => r.mode?.mode)).toEqual(['mixed', 'mixed', 'unknown']);
  });

  it('keeps a mixed investment row one project: 18.000 > 15 tỷ, two design steps', () => {
    const hint = hintOf(t, 4);
    expect(hint?.expected).toBe('feasibility-study');
    expect(hint?.message).toMatch(/^Ô E4: 18\.000 triệu đồng \(vốn đầu tư phát triển\): Tổng mức đầu tư trên 15 tỷ đồng/);
  });

  it('asks a recurrent mixed row both procedures, its upgrade at most the whole 4.000', () => {
    const hint = hintOf(t, 5);
    // 200 triệu < 4.000 ≤ 15 tỷ: outline and estimate; the lease: the lease plan (Điều 52).
    expect(hint?.expected).toBe('outline-estimate');
    expect(hint?.message).toContain('gồm cả đầu tư và thuê ("Nâng cấp và thuê hạ tầng")');
    expect(hint?.message).toContain('nếu là cả 4.000 triệu đồng: Chi thường xuyên trên 200 triệu đồng đến 15 tỷ đồng');
    expect(hint?.message).toContain('Phần thuê: Thuê dịch vụ (chưa rõ sẵn có hay theo yêu cầu riêng)');
  });

  it('leaves a lease to its name when the column names a way of choosing a contractor', () => {
    expect(hintOf(t, 6)?.expected).toBe('lease-plan');
  });
});

describe('invest and lease in columns of their own', () => {
  const spec: SheetSpec = {
    name: 'KH',
    rows: [
      ['KẾ HOẠCH ỨNG DỤNG CÔNG NGHỆ THÔNG TIN NĂM 2026'],
      ['Đơn vị tính: triệu đồng'],
      ['STT', 'Nhiệm vụ', 'Thời gian', 'Tổng kinh phí', 'Trong đó', null, 'Nguồn vốn'],
      [null, null, null, null, 'Kinh phí đầu tư', 'Kinh phí thuê dịch vụ', null],
      ['1', 'Hệ thống hội nghị truyền hình', '2026', 18000, 12000, 6000, DTPT],
      ['2', 'Hệ thống một cửa điện tử cấp xã', '2026', 1800, 1200, 600, CTX],
      ['3', 'Hệ thống camera giám sát', '2026', 900, 150, 750, CTX],
      [null, 'Tổng cộng', null, 20700, 13350, 7350, null],
    ],
    merges: ['A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:F3', 'G3:G4'],
  };
  const t = checkSheet(spec);

  it('routes an investment project with a lease inside by its whole size: 18.000, not its 12.000 invested', () => {
    expect(hintOf(t, 5)?.expected).toBe('feasibility-study');
  });

  it('routes each recurrent part by its own amount', () => {
    // Row 6: 1.200 invested (over 200 triệu: outline and estimate), 600 leased (lease plan).
    const six = hintOf(t, 6);
    expect(six?.expected).toBe('outline-estimate');
    expect(six?.message).toContain('gồm đầu tư 1.200 triệu đồng và thuê 600 triệu đồng. Phần đầu tư 1.200 triệu đồng: Chi thường xuyên trên 200 triệu đồng');
    expect(six?.message).toContain('Phần thuê 600 triệu đồng: Thuê dịch vụ');
    // Row 7: 150 invested is at most 200 triệu: procurement only (the whole 900 would have asked an outline).
    expect(hintOf(t, 7)?.expected).toBe('procurement-only');
  });

  it('says it in English too, from the same catalog', () => {
    const en = checkSheet(spec, { lang: 'en' });
    expect(hintOf(en, 7)?.message).toMatch(/^Cell D7: 900 triệu đồng \(recurrent spending\) is 150 triệu đồng invested and 750 triệu đồng leased\. The investment of 150 triệu đồng: Recurrent spending of at most 200 million đồng/);
  });
});
