// A plan names a unit's own budget as its source: "Kinh phí thường xuyên của đơn vị", "Dự toán
// được giao của Sở". Whose budget that is follows from who issues the plan: a local government's
// units (a People's Committee, a province's department, a district) are paid from the local
// budget (NSĐP), a ministry's from the central budget (NSTW) (Luật NSNN 2015, Điều 4, 36–40). The
// row is that level, of the type the words give, and is not asked which level it is. A plan whose
// issuer is not named, or words that name no unit of the issuer, are left as they are.
import { memo } from './memo';
import type { Table } from './model';
import { fold } from './text';
import { sourceWords } from './sources';
import type { SourcePart } from './types';

// "UBND tỉnh/huyện …", "Sở Y tế", "HĐND …", "… của tỉnh/huyện …".
const LOCAL_ISSUER = /\b(?:ubnd|uy ban nhan dan|hdnd|hoi dong nhan dan)\b|\bso (?:y te|tai chinh|tu phap|giao duc|noi vu|thong tin|khoa hoc|ke hoach|cong thuong|nong nghiep|tai nguyen|xay dung|giao thong|lao dong|van hoa|ngoai vu|du lich|dan toc)\b|\bcua (?:tinh|huyen|thanh pho|thi xa|quan|xa|phuong)\b/;
// "Bộ Tư pháp", "BỘ THÔNG TIN VÀ TRUYỀN THÔNG", "Văn phòng Chính phủ": a central body.
const CENTRAL_ISSUER = /\bbo (?:tu phap|tai chinh|y te|giao duc|noi vu|thong tin|khoa hoc|ke hoach|cong thuong|nong nghiep|tai nguyen|xay dung|giao thong|lao dong|van hoa|ngoai giao|quoc phong|cong an|dan toc)\b|\bvan phong chinh phu\b/;
// The unit's own money: "(nguồn) kinh phí/dự toán/ngân sách (chi) (thường xuyên|sự nghiệp|tự chủ|được giao) của đơn vị/cơ quan/Sở".
const OWN_BUDGET = /^(?:nguon )?(?:kinh phi|du toan|ngan sach|nguon)(?: chi)?(?: (?:thuong xuyen|su nghiep|tu chu|duoc giao|hang nam))*(?: (?:duoc giao )?(?:cua|tai) (?:don vi|co quan|so|cac don vi|cac co quan|ubnd))$/;

export function ownBudgetSources(table: Table): void {
  const titles = fold(table.titles.join(' '));
  const local = LOCAL_ISSUER.test(titles);
  // Both named ("Bộ Tư pháp" in a province's plan that cites it): the issuer is not told apart.
  if (local === CENTRAL_ISSUER.test(titles)) return;
  const code = local ? 'NSĐP' : 'NSTW';
  // Rows writing the same words share one reading, and so one part list of that level.
  const made = new Map<SourcePart[], SourcePart[]>();
  for (const row of table.rows) {
    const parts = row.sources;
    if (row.kind !== 'item' || parts.length !== 1 || parts[0].code !== 'Chưa rõ' || parts[0].amount !== null) continue;
    if (!OWN_BUDGET.test(sourceWords(parts[0].text))) continue;
    row.sources = memo(made, parts, (p) => [{ ...p[0], code }]);
  }
}
