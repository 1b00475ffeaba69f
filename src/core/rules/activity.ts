// What a plan line pays for, read from its (folded) name, because the law routes by it: a lease
// by the lease articles (market service or custom-built), purchases and operation paid from
// recurrent spending by procurement rules whatever the amount (ND 73 Điều 51 khoản 1 a–c; ND 224
// Điều 65 khoản 1), and only building or upgrading a system by the amount tiers. A name that says
// none of these takes what the line above it says (procedure.ts), else "build": the tiers apply.
import type { LeaseKind, WorkKind } from '../rulesets';

// Security services are operation too ("dịch vụ an ninh mạng, an toàn thông tin", ND 73 Điều 51
// khoản 1 điểm b): monitoring and incident response, not building a system ("Xây dựng trung tâm
// giám sát …" is).
const OPERATE = /^(duy tri|van hanh|bao tri|bao duong|sua chua|quan tri|ho tro ky thuat|thue quan tri|cap nhat ban quyen|gia han ban quyen|giam sat an (toan|ninh)|dich vu (an ninh mang|an toan thong tin|attt)|ung cuu su co)/;
const PURCHASE = /^(mua sam|mua|trang bi|thay the|bo sung thiet bi)\b/;

// Spending on people and papers, not on an IT system: training, propaganda, drills, conferences,
// plans and rules written, study visits. The decrees route investing in, buying and leasing IT
// (ND 73 Điều 1; so do ND 45 and ND 224); such lines follow the rules of their own kind of
// spending, and no IT procedure is said of them.
const NO_APPLICATION = /^(dao tao|boi duong|tap huan|tuyen truyen|pho bien|pho cap|nang cao nhan thuc|dien tap|hoi thao|to chuc hoi (nghi|thi)|xay dung (ke hoach|de an|quy che|quy dinh|chinh sach|chien luoc)|thi dua|khen thuong|tham quan|hoc tap kinh nghiem)\b/;

export function isNoApplication(folded: string): boolean {
  return NO_APPLICATION.test(folded);
}

// A licence or certificate is bought, never built: "Bản quyền phần mềm diệt virus", "Chứng thư số".
const BOUGHT = /^(ban quyen|license|licence|giay phep su dung|chung thu so)\b/;
// Building or upgrading said in so many words, which a line under a "Duy trì …" keeps.
const BUILD = /^(xay dung|nang cap|phat trien|mo rong|thiet lap|trien khai|dau tu|hoan thien)\b/;

/** What a name says it pays for, when it says: operation, a purchase, or building; else null. */
export function statedWorkKind(folded: string): WorkKind | null {
  if (OPERATE.test(folded)) return 'operate';
  if (PURCHASE.test(folded) || BOUGHT.test(folded)) return 'purchase';
  if (BUILD.test(folded)) return 'build';
  return null;
}

// Commodity services a province rents as published (TT 12/2020 Điều 4 khoản 4 counts lines,
// hosting, rack space, storage among a service's other costs): on the market.
const MARKET = /san co|tren thi truong|thue (duong truyen|kenh truyen|hosting|cho dat|luu tru|dien toan dam may|may chu ao|cloud|ten mien)|dien toan dam may|\bcloud\b/;
const CUSTOM = /theo yeu cau rieng|khong san co|thue (xay dung|phat trien|thiet lap)/;

export function leaseKind(folded: string): LeaseKind {
  if (CUSTOM.test(folded)) return 'custom';
  if (MARKET.test(folded)) return 'market';
  return 'unknown';
}
