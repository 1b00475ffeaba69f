// Column letters as Excel names them: A…Z, then AA (27), AZ (52), BA (53), and XFD for column
// 16,384, Excel's last. They are remembered once worked out: the second answer must be the first.
import { columnLetter, columnNumber } from '../../src/core/grid';

it('names columns as Excel does, the same the second time', () => {
  const worked: [number, string][] = [[1, 'A'], [26, 'Z'], [27, 'AA'], [52, 'AZ'], [53, 'BA'], [702, 'ZZ'], [703, 'AAA'], [16384, 'XFD']];
  for (let round = 0; round < 2; round++) {
    for (const [col, name] of worked) expect(columnLetter(col)).toBe(name);
  }
  // Every one of Excel's columns, twice: its letters read back as its number.
  for (let round = 0; round < 2; round++) {
    for (let col = 1; col <= 16384; col++) if (columnNumber(columnLetter(col)) !== col) throw new Error(`column ${col} named ${columnLetter(col)}`);
  }
  // Past Excel's last column the letters are still right, though not kept.
  expect(columnLetter(16385)).toBe('XFE');
  expect(columnLetter(16385)).toBe('XFE');
});
