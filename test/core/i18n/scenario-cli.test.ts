// File sizes in the scenario command's refusals are written as each language writes numbers.
// Expected texts by hand: 1.5 × 1024 × 1024 bytes is 1,5 MB (Vietnamese comma) / 1.5 MB;
// 3,000 bytes round up to 3 KB.
import { scenarioCli } from '../../../src/core/i18n/scenario';

describe('scenario refusals name sizes as officers write numbers', () => {
  it('a megabyte and a half: "1,5 MB" in Vietnamese, "1.5 MB" in English', () => {
    const text = scenarioCli.tooBig('a.json', 1.5 * 1024 * 1024, 1024 * 1024);
    expect(text).toContain('tệp quá lớn (1,5 MB) cho một phương án; tối đa 1 MB');
    expect(text).toContain('too large (1.5 MB) for a scenario; at most 1 MB');
  });

  it('below a megabyte the size is in whole kilobytes, rounded up', () => {
    expect(scenarioCli.tooBig('a.json', 3000, 2048)).toContain('(3 KB)');
  });
});
