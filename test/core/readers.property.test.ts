// Properties of the time, period, source and mode readers that must hold for any input: they
// run over every cell of a workbook, so no string may make them throw or stall.
import fc from 'fast-check';
import { Decimal } from '../../src/core/decimal';
import { parseMode } from '../../src/core/mode';
import { parseAmountWords, wordsAfterLabel } from '../../src/core/money/words';
import { parsePeriod } from '../../src/core/period';
import { parseSources } from '../../src/core/sources';
import { parseTime } from '../../src/core/time';
import type { Mode, Period, SourceCode } from '../../src/core/types';

const RUNS = 3000;

/** A stand-in amount parser: Vietnamese grouped numbers only. */
function viAmount(text: string): Decimal | null {
  const match = /^(\d{1,3}(?:\.\d{3})*|\d+)(?:,(\d+))?$/.exec(text.trim());
  return match ? new Decimal(match[1].replace(/\./g, '') + (match[2] ? `.${match[2]}` : '')) : null;
}

// Strings of every kind: ASCII, full Unicode (astral, lone surrogates), graphemes with combining
// marks, and strings built from the pieces officers actually type, so the generator reaches the
// interesting branches instead of only random noise.
const pieces = fc.constantFrom(
  '2021', '2025', '20', '-', '–', '—', ' ', ',', ';', '/', '(', ')', '[', ']', ':', '%', '+', '\n',
  'năm', 'Năm', 'hàng', 'lần', 'đến', 'nay', 'giai đoạn', 'Quý II', '02', '.', '4.000', '1.234,5',
  'NSTW', 'NSĐP', 'NSDP', 'ODA', 'Khác', 'XHH', 'vốn', 'đầu tư', 'sự nghiệp', 'ngân sách', 'tỉnh',
  'Thuê', 'thuế', 'Bộ', 'VNPT', 'vietel', 'dịch vụ', 'được', 'miễn phí', 'thử nghiệm', 'và', '\u0301',
  '\u00a0', '\uFEFF', '\ud800', '🙂', 'x',
);
const anyText = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.array(pieces, { maxLength: 30 }).map((a) => a.join('')),
);
const period = fc.integer({ min: 1950, max: 2071 }).chain((from) => fc.integer({ min: from, max: from + 29 }).map((to): Period => ({ from, to })));
const maybePeriod = fc.option(period, { nil: null });

const MODES: Mode[] = ['invest', 'lease', 'mixed', 'provided', 'free', 'pilot', 'unknown'];
const CODES: SourceCode[] = ['NSTW', 'NSĐP', 'ODA', 'Khác', 'Chưa rõ'];

describe('no input makes a reader throw', () => {
  test('parseTime', () => {
    fc.assert(
      fc.property(anyText, maybePeriod, (text, p) => {
        const r = parseTime(text, p);
        expect(r.text).toBe(text);
        // Years are ascending, distinct, whole.
        for (let i = 1; i < r.years.length; i++) expect(r.years[i]).toBeGreaterThan(r.years[i - 1]);
        if (r.pattern === 'unknown') expect(r.years).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
  test('parseTime with any number or odd period', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.double(), fc.integer()),
        fc.option(fc.record({ from: fc.oneof(fc.integer(), fc.double()), to: fc.oneof(fc.integer(), fc.double()) }), { nil: null }),
        (n, p) => {
          const r = parseTime(n, p);
          expect(r.years.length).toBeLessThanOrEqual(30);
        },
      ),
      { numRuns: RUNS },
    );
  });
  test('parsePeriod', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const p = parsePeriod(text);
        if (p) expect(p.from).toBeLessThanOrEqual(p.to);
      }),
      { numRuns: RUNS },
    );
  });
  test('parseSources', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const r = parseSources(text, viAmount);
        for (const part of r.parts) {
          expect(CODES).toContain(part.code);
          expect([null, 'ĐTPT', 'CTX']).toContain(part.type);
        }
      }),
      { numRuns: RUNS },
    );
  });
  test('parseMode', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const r = parseMode(text);
        expect(MODES).toContain(r.mode);
        expect(r.input).toBe(text);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('long inputs are bounded', () => {
  // Each shape is the worst a backtracking regex could meet: long runs of digits, dashes,
  // separators, spaces and repeated keywords. Each call must stay far below a millisecond budget.
  const shapes = [
    '2'.repeat(100000),
    '2021-'.repeat(20000),
    '1.'.repeat(50000) + 'x',
    ' '.repeat(100000) + '2021',
    'năm '.repeat(20000) + 'lần',
    'NSTW, '.repeat(20000),
    '(' .repeat(50000),
    'được '.repeat(20000) + 'cấp',
    'a'.repeat(100000),
    '9,'.repeat(50000) + '%',
    // A "Bằng chữ" line padded with spaces: its first reader took minutes on 1.000 of them.
    `Bằng chữ: ${' '.repeat(180)}x${' '.repeat(180)}.y`,
    `(Bằng chữ: ${' '.repeat(100000)}x`,
    'một '.repeat(20000) + 'tỷ',
  ];
  test.each(shapes.map((s, i) => [i, s]))('shape %i', (_i, text) => {
    const started = Date.now();
    parseTime(text, { from: 2021, to: 2025 });
    parsePeriod(text);
    parseSources(text, viAmount);
    parseMode(text);
    parseAmountWords(wordsAfterLabel(text) ?? text);
    expect(Date.now() - started).toBeLessThan(500);
  });
});

describe('time properties', () => {
  test('a range "A-B" gives exactly the B-A+1 years from A to B', () => {
    const dash = fc.constantFrom('-', '–', '—', ' - ', ' – ', '- ', ' -', ' đến ');
    fc.assert(
      fc.property(fc.integer({ min: 1950, max: 2100 }), fc.integer({ min: 0, max: 29 }), dash, maybePeriod, (a, len, d, p) => {
        const b = a + len;
        fc.pre(b <= 2100);
        const r = parseTime(`${a}${d}${b}`, p);
        expect(r.pattern).toBe('range');
        expect(r.years).toHaveLength(b - a + 1);
        expect(r.years[0]).toBe(a);
        expect(r.years[r.years.length - 1]).toBe(b);
      }),
      { numRuns: RUNS },
    );
  });
  test('a reversed range is unknown', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1951, max: 2100 }), fc.integer({ min: 1, max: 50 }), (b, back) => {
        fc.pre(b - back >= 1950);
        expect(parseTime(`${b}-${b - back}`, null).pattern).toBe('unknown');
      }),
      { numRuns: 1000 },
    );
  });
  test('annual over a period gives exactly the period\'s years', () => {
    const annual = fc.constantFrom('Hàng năm', 'hàng năm', 'Cập nhật hàng năm', 'Hằng năm', 'Thường xuyên', 'Mỗi năm', 'HANG NAM');
    fc.assert(
      fc.property(annual, period, (text, p) => {
        const r = parseTime(text, p);
        expect(r.pattern).toBe('annual');
        const expected: number[] = [];
        for (let y = p.from; y <= p.to; y++) expected.push(y);
        expect(r.years).toEqual(expected);
      }),
      { numRuns: RUNS },
    );
  });
  test('every N years starts at the period start and steps by N, never past the end', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 4 }), period, (n, p) => {
        const r = parseTime(`Thực hiện 0${n} năm/lần`, p);
        expect(r.pattern).toBe('every_n');
        expect(r.everyN).toBe(n);
        expect(r.years[0]).toBe(p.from);
        expect(r.years.length).toBe(Math.floor((p.to - p.from) / n) + 1);
        for (let i = 1; i < r.years.length; i++) expect(r.years[i] - r.years[i - 1]).toBe(n);
        expect(r.years[r.years.length - 1]).toBeLessThanOrEqual(p.to);
      }),
      { numRuns: RUNS },
    );
  });
  test('a single year, typed as text or number, is that year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1950, max: 2100 }), maybePeriod, (y, p) => {
        expect(parseTime(y, p).years).toEqual([y]);
        expect(parseTime(`Năm ${y}`, p).years).toEqual([y]);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('period properties', () => {
  test('"giai đoạn A - B" gives back A and B', () => {
    fc.assert(
      fc.property(period, (p) => {
        expect(parsePeriod(`GIAI ĐOẠN ${p.from} - ${p.to}`)).toEqual(p);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('source properties', () => {
  test('a split "CODE: amount; CODE: amount" keeps every amount exactly', () => {
    const code = fc.constantFrom(['NSTW', 'NSTW'], ['NSĐP', 'NSĐP'], ['NSDP', 'NSĐP'], ['ODA', 'ODA'], ['Khác', 'Khác'], ['XHH', 'Khác']);
    const amount = fc.integer({ min: 1, max: 999999999 });
    fc.assert(
      fc.property(fc.array(fc.tuple(code, amount), { minLength: 1, maxLength: 6 }), fc.constantFrom('; ', '\n', ';\n- '), (items, sep) => {
        // Written the Vietnamese way: "." groups thousands.
        const vi = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
        const text = items.map(([[written], n]) => `${written}: ${vi(n)}`).join(sep);
        const parts = parseSources(text, viAmount).parts;
        expect(parts.map((p) => p.code)).toEqual(items.map(([[, canonical]]) => canonical));
        expect(parts.map((p) => p.amount?.toFixed())).toEqual(items.map(([, n]) => String(n)));
      }),
      { numRuns: RUNS },
    );
  });
});
