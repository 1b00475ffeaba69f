// The readable summary `ngansach scenario` prints by default: what an officer would put in a
// proposal's explanation, in Vietnamese (or English with --lang en).
import { formatAmount, formatPercent } from '../core/scenario';
import type { ScenarioInput, ScenarioResult } from '../core/scenario';
import type { Lang } from '../core/types';

export function scenarioText(input: ScenarioInput, r: ScenarioResult, lang: Lang): string {
  const a = (d: Parameters<typeof formatAmount>[0]) => `${formatAmount(d, lang)} ${input.unit}`;
  const p = (d: Parameters<typeof formatPercent>[0]) => formatPercent(d, lang);
  const vi = lang === 'vi';
  const lines: string[] = [];
  const years = `${r.years[0]}–${r.years[r.years.length - 1]}`;
  lines.push(vi ? `Phương án: ${input.name || '(không tên)'} — so sánh ${years}, chiết khấu ${p(input.discountRate)}/năm`
    : `Scenario: ${input.name || '(unnamed)'} — compared over ${years}, discount rate ${p(input.discountRate)} a year`);
  lines.push('');
  lines.push(vi ? `Đầu tư: tổng mức đầu tư V = ${a(r.invest.totalInvestment)} (dự phòng ${a(r.invest.contingency.plus(r.invest.escalation))})`
    : `Invest: total investment V = ${a(r.invest.totalInvestment)} (contingency ${a(r.invest.contingency.plus(r.invest.escalation))})`);
  lines.push(vi ? `  tổng danh nghĩa ${a(r.invest.total)}; giá trị hiện tại ${a(r.invest.pv)}`
    : `  nominal total ${a(r.invest.total)}; present value ${a(r.invest.pv)}`);
  if (r.lease.availability === 'custom') {
    lines.push(vi ? `Thuê theo yêu cầu riêng: G_dv = ${a(r.lease.periodPayment)}/kỳ × ${r.lease.periods} kỳ (r = ${formatPercent(r.lease.ratePerPeriod, lang)}, S = ${a(r.lease.residual)})`
      : `Custom lease: G_dv = ${a(r.lease.periodPayment)} a period × ${r.lease.periods} periods (r = ${formatPercent(r.lease.ratePerPeriod, lang)}, S = ${a(r.lease.residual)})`);
  } else {
    lines.push(vi ? `Thuê dịch vụ sẵn có: ${a(r.lease.periodPayment)} năm đầu, ${input.lease.termYears} năm`
      : `Market lease: ${a(r.lease.periodPayment)} in the first year, ${input.lease.termYears} years`);
  }
  lines.push(vi ? `  tổng chi phí thuê G_t ${a(r.lease.total)}; giá trị hiện tại ${a(r.lease.pv)}`
    : `  total lease cost G_t ${a(r.lease.total)}; present value ${a(r.lease.pv)}`);
  lines.push('');
  lines.push(vi ? 'Nhu cầu vốn theo năm (ĐTPT / CTX):' : 'Budget needs by year (ĐTPT / CTX):');
  for (const y of r.years) {
    const i = r.invest.byYear.get(y)!;
    const l = r.lease.byYear.get(y)!;
    lines.push(`  ${y}: ${vi ? 'đầu tư' : 'invest'} ${formatAmount(i['ĐTPT'], lang)} / ${formatAmount(i.CTX, lang)}; ${vi ? 'thuê' : 'lease'} ${formatAmount(l.CTX, lang)}`);
  }
  lines.push('');
  const cheaper = vi
    ? { invest: 'ĐẦU TƯ rẻ hơn', lease: 'THUÊ rẻ hơn', equal: 'hai phương án bằng nhau' }[r.cheaper]
    : { invest: 'INVESTING is cheaper', lease: 'LEASING is cheaper', equal: 'both options are equal' }[r.cheaper];
  lines.push(vi ? `Kết quả: ${cheaper}; chênh lệch giá trị hiện tại (thuê − đầu tư) ${a(r.difference)}`
    : `Result: ${cheaper}; present-value difference (lease − invest) ${a(r.difference)}`);
  lines.push(vi ? `Năm hòa vốn: ${r.breakEvenYear ?? 'không có (lũy kế thuê không vượt lũy kế đầu tư)'}`
    : `Break-even year: ${r.breakEvenYear ?? 'none (cumulative lease never exceeds invest)'}`);
  const sens = [...r.sensitivity.discountRate.map((s) => `${vi ? 'chiết khấu' : 'discount'} ${p(s.rate)}: ${formatAmount(s.difference, lang)}`),
    ...r.sensitivity.leaseEscalation.map((s) => `${vi ? 'tăng giá thuê' : 'lease growth'} ${p(s.rate)}: ${formatAmount(s.difference, lang)}`)];
  const flips = r.sensitivity.grid.difference.flat().some((d) => (d.gt(0) ? 'invest' : d.lt(0) ? 'lease' : 'equal') !== r.cheaper);
  lines.push(vi ? `Độ nhạy (chênh lệch): ${sens.join('; ')}` : `Sensitivity (difference): ${sens.join('; ')}`);
  lines.push(flips
    ? (vi ? '  Kết luận ĐỔI trong phạm vi ±2 điểm phần trăm: cần cân nhắc thêm.' : '  The answer CHANGES within ±2 points: weigh it carefully.')
    : (vi ? '  Kết luận giữ nguyên trong phạm vi ±2 điểm phần trăm.' : '  The answer holds within ±2 points.'));
  lines.push('');
  for (const f of r.findings) lines.push(`[${f.severity}] ${f.code}: ${f.message}`);
  for (const n of r.notes) lines.push(`${vi ? 'Lưu ý' : 'Note'}: ${n}`);
  return lines.join('\n') + '\n';
}
