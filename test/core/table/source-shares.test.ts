// A source cell that gives each source's share of the amount: "NSTW 70% + NSĐP 30%". The reader
// read the shares but nothing used them: the item was told SOURCE_MISSING ("ghi nhiều nguồn nhưng
// không ghi phần của mỗi nguồn", though it did) and its whole amount was "Chưa rõ" in the totals.
// Now each source gets its share of the amount; a source named beside them with no share takes
// what is left; shares that do not make the whole are said to (SOURCE_SPLIT_MISMATCH).
import { checkSheet, PLAN_2026_HEAD } from '../../helpers/sheets';

const plan = (source: string) => checkSheet({
  name: 'KH',
  rows: [
    ...PLAN_2026_HEAD,
    ['1', 'Xây dựng nền tảng bệnh án điện tử', '2026', 1000, source],
    ['2', 'Giám sát an toàn thông tin', '2026', 500, 'NSĐP'],
    [null, 'Tổng cộng', null, 1500, null],
  ],
});
const warnings = (t: ReturnType<typeof plan>) => t.findings.filter((f) => f.severity !== 'info').map((f) => `${f.code}@${f.cell}`);

it('splits the amount by the shares written: 70 % and 30 % of 1.000 are 700 and 300', () => {
  for (const text of ['NSTW 70% + NSĐP 30%', 'NSTW 70% - NSĐP 30%', 'NSTW: 70%; NSĐP: 30%']) {
    const t = plan(text);
    expect(warnings(t)).toEqual([]);
    expect(t.rows[0].sources.map((p) => `${p.code}:${p.amount?.toFixed()}`)).toEqual(['NSTW:700', 'NSĐP:300']);
    // By source, by hand: NSTW 700; NSĐP 300 + 500 = 800; nothing "Chưa rõ".
    expect([t.summary.bySource.NSTW?.toFixed(), t.summary.bySource['NSĐP']?.toFixed(), t.summary.bySource['Chưa rõ']?.toFixed() ?? '0']).toEqual(['700', '800', '0']);
  }
});

it('gives the rest to the one source named without a share: "NSTW 70%, NSĐP" is 700 and 300', () => {
  const t = plan('NSTW 70%, NSĐP');
  expect(warnings(t)).toEqual([]);
  expect(t.rows[0].sources.map((p) => `${p.code}:${p.amount?.toFixed()}`)).toEqual(['NSTW:700', 'NSĐP:300']);
});

it('says when the shares do not make the whole: 60 % + 30 % of 1.000 is 900, 100 short', () => {
  const t = plan('NSTW 60% + NSĐP 30%');
  expect(warnings(t)).toEqual(['SOURCE_SPLIT_MISMATCH@E4']);
  expect(t.findings.find((f) => f.code === 'SOURCE_SPLIT_MISMATCH')?.message).toMatch(/900.*1\.000/);
});
