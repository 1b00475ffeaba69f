// The words that name information-security spending (an toàn thông tin mạng), in a row's name or
// in a "Trong đó" line under it (of-which.ts): one list for the rule and the table reader.
import { fold } from './text';

// Also the four-layer protection model of Chỉ thị 14/CT-TTg ("mô hình 4 lớp"), intrusion
// detection, attacks (DDoS), weak points and holes, and the protection of personal data; the
// safety of information systems by level (ND 85/2016: "an toàn hệ thống thông tin theo cấp độ");
// what such spending buys by its own name (firewall, WAF, SIEM, SSL certificates, anti-spam, the
// licences of antivirus software named by their makers: "Gia hạn bản quyền Kaspersky").
const SECURITY = /(an toan thong tin|an toan,? an ninh (thong tin|mang)|an ninh mang|attt|bao mat|giam sat an toan|\bsoc\b|tan cong|ung cuu su co|tuong lua|\b(virus|ma doc)\b|antivirus|mo hinh (bao ve )?4 lop|xam nhap|\bddos\b|\bids\b|\bips\b|lo hong|khac phuc diem yeu|kiem dinh an toan|bao ve du lieu ca nhan|an toan (cho )?(cac )?he thong|firewall|\bwaf\b|\bsiem\b|\bssl\b|chong thu rac|kaspersky|symantec|\beset\b|trend micro|sophos|forti(gate|net))/;

// Every term above contains one of these as officers type it (composed letters, any case, with
// or without accents): a name with none of them is not about security and need not be folded.
const SECURITY_HINT = /an to|an ninh|attt|b.o m.t|soc|t.n c.ng|ng c.u|t..ng l.a|virus|m. [dđDĐ].c|4 l|x.m nh|ddos|ids|ips|l. h.ng|.i.m y.u|c. nh.n|firewall|waf|siem|ssl|th. r.c|kaspersky|symantec|eset|trend micro|sophos|forti/i;

/** Cheap first look at a raw name: false means it cannot be about security. */
export function maybeSecurity(name: string): boolean {
  return SECURITY_HINT.test(name) || /[\u0300-\u036f]/.test(name);
}

export function isSecurityText(text: string): boolean {
  return SECURITY.test(fold(text));
}

export function isSecurityFolded(folded: string): boolean {
  return SECURITY.test(folded);
}
