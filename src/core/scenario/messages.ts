// The scenario's finding messages and notes, Vietnamese first, English on request.
import type { Lang } from '../types';

type Text = Record<Lang, string>;

export const scenarioMessages = {
  leaseTerm: (term: number, min: number, max: number, source: string): Text => ({
    vi: `Thời hạn thuê ${term} năm nằm ngoài khoảng ${min}–${max} năm của ${source}: cần cấp có thẩm quyền cho phép riêng, hoặc chia thành các kỳ thuê từ ${min} đến ${max} năm.`,
    en: `Lease term of ${term} years is outside the ${min}–${max} years of ${source}: it needs explicit approval, or split it into leases of ${min} to ${max} years.`,
  }),
  contingency: (ratePct: string, maxPct: string, source: string): Text => ({
    vi: `Tỷ lệ dự phòng ${ratePct} vượt mức tối đa ${maxPct} (${source}): giảm tỷ lệ dự phòng hoặc nêu căn cứ.`,
    en: `Contingency rate ${ratePct} is above the ${maxPct} allowed (${source}): lower it or state the grounds.`,
  }),
  investRoute: (amount: string, unit: string, hint: string): Text => ({
    vi: `Phương án đầu tư: tổng mức đầu tư ${amount} ${unit}. ${hint}`,
    en: `Invest: total investment ${amount} ${unit}. ${hint}`,
  }),
  leaseRouteCustom: (amount: string, unit: string, hint: string, source: string): Text => ({
    vi: `Phương án thuê dịch vụ theo yêu cầu riêng: tổng chi phí thuê ${amount} ${unit} (chi thường xuyên); cần lập kế hoạch thuê, thẩm định và phê duyệt (${source}). ${hint}`,
    en: `Lease of a custom-built service: total lease cost ${amount} ${unit} (recurrent spending); a lease plan must be drawn up, appraised and approved (${source}). ${hint}`,
  }),
  leaseRouteMarket: (amount: string, unit: string, hint: string, source: string): Text => ({
    vi: `Phương án thuê dịch vụ sẵn có trên thị trường: tổng chi phí thuê ${amount} ${unit} (chi thường xuyên), thuê theo giá thị trường và quy định về đấu thầu (${source}). ${hint}`,
    en: `Lease of a market service: total lease cost ${amount} ${unit} (recurrent spending), leased at market price under procurement rules (${source}). ${hint}`,
  }),
  stateShare: (sharePct: string, minPct: string, source: string): Text => ({
    vi: `Phần vốn nhà nước ${sharePct} dưới ${minPct}: ${source} chỉ áp dụng khi vốn nhà nước từ ${minPct} trở lên hoặc chiếm tỷ lệ lớn nhất; kiểm tra lại cơ cấu nguồn vốn.`,
    en: `State share ${sharePct} is below ${minPct}: ${source} applies only when the state share is at least ${minPct} or the largest share; check the funding structure.`,
  }),
  noteHorizonTerm: (horizon: number, term: number): Text => ({
    vi: `Thời gian so sánh (${horizon} năm) khác thời hạn thuê (${term} năm): chi phí thuê chỉ tính trong thời hạn thuê, chi phí đầu tư tính đến hết thời gian so sánh.`,
    en: `The horizon (${horizon} years) differs from the lease term (${term} years): lease costs are counted over the term only, investment costs up to the horizon.`,
  }),
  noteResidualAsset: (horizon: number, life: number): Text => ({
    vi: `Tài sản đầu tư còn thời gian sử dụng sau ${horizon} năm (tuổi thọ ${life} năm); giá trị còn lại này không được trừ vào phương án đầu tư.`,
    en: `The invested asset is still usable after ${horizon} years (useful life ${life} years); that remaining value is not credited to the investment.`,
  }),
  convention: {
    vi: 'Giá trị hiện tại: dòng tiền mỗi năm chiết khấu vào cuối năm, năm bắt đầu là năm thứ 1 (như hàm NPV của Excel).',
    en: 'Present value: each year’s cash discounted at the end of that year, the start year being year 1 (as Excel’s NPV).',
  } as Text,
};
