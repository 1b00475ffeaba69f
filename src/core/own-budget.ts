// A local government's plan (a People's Committee, a department of a province, a district) names
// a unit's own budget as its source: "Kinh phí thường xuyên của đơn vị", "Dự toán được giao của
// Sở". A local unit's budget is the local budget (NSĐP): the province or district allots it
// (Luật NSNN 2015, Điều 39–40), so the row is NSĐP, of the type the words give, and is not asked
// which budget level it is. A ministry's plan, or words that name no unit of the issuer, are left
// as they are.
import { memo } from './memo';
import type { Table } from './model';
import { fold } from './text';
import type { SourcePart } from './types';

// "UBND tỉnh/huyện …", "Sở Y tế", "HĐND …", "… của tỉnh/huyện …".
const LOCAL_ISSUER = /\b(?:ubnd|uy ban nhan dan|hdnd|hoi dong nhan dan)\b|\bso (?:y te|tai chinh|tu phap|giao duc|noi vu|thong tin|khoa hoc|ke hoach|cong thuong|nong nghiep|tai nguyen|xay dung|giao thong|lao dong|van hoa|ngoai vu|du lich|dan toc)\b|\bcua (?:tinh|huyen|thanh pho|thi xa|quan|xa|phuong)\b/;
// The unit's own money: "(nguồn) kinh phí/dự toán/ngân sách (chi) (thường xuyên|sự nghiệp|tự chủ|được giao) của đơn vị/cơ quan/Sở".
const OWN_BUDGET = /^(?:nguon )?(?:kinh phi|du toan|ngan sach|nguon)(?: chi)?(?: (?:thuong xuyen|su nghiep|tu chu|duoc giao|hang nam))*(?: (?:duoc giao )?(?:cua|tai) (?:don vi|co quan|so|cac don vi|cac co quan|ubnd))$/;

export function ownBudgetSources(table: Table): void {
  if (!LOCAL_ISSUER.test(fold(table.titles.join(' ')))) return;
  // Rows writing the same words share one reading, and so one NSĐP part list.
  const made = new Map<SourcePart[], SourcePart[]>();
  for (const row of table.rows) {
    const parts = row.sources;
    if (row.kind !== 'item' || parts.length !== 1 || parts[0].code !== 'Chưa rõ' || parts[0].amount !== null) continue;
    if (!OWN_BUDGET.test(fold(parts[0].text).replace(/[^a-z0-9]+/g, ' ').trim())) continue;
    row.sources = memo(made, parts, (p) => [{ ...p[0], code: 'NSĐP' }]);
  }
}
