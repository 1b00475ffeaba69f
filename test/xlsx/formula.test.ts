// Shared formulas moved to each cell, worked out by hand: what Excel shows in the cell that is
// dRow rows and dCol columns from the range's first cell.
import { slideFormula } from '../../src/xlsx/formula';

describe('slideFormula', () => {
  it('moves relative references and keeps absolute parts', () => {
    expect(slideFormula('A1*10+$B$1+B$2+$C3+SUM(A1:B1)', 2, 1)).toBe('B3*10+$B$1+C$2+$C5+SUM(B3:C3)');
  });
  it('moves references on other sheets, quoted or not', () => {
    expect(slideFormula("Sheet1!A1+'Kế hoạch 2021'!B2", 1, 0)).toBe("Sheet1!A2+'Kế hoạch 2021'!B3");
  });
  it('leaves function names, texts, names and structured references alone', () => {
    expect(slideFormula('LOG10(X1)&"A1"&TRUE', 1, 0)).toBe('LOG10(X2)&"A1"&TRUE');
    expect(slideFormula('SUM(DanhMuc[Tổng])+Khoan_muc', 5, 5)).toBe('SUM(DanhMuc[Tổng])+Khoan_muc');
    expect(slideFormula('"say ""A1"""&A1', 1, 0)).toBe('"say ""A1"""&A2');
  });
  it('whole columns and whole rows', () => {
    expect(slideFormula('SUM(C:C)+SUM(2:3)+SUM($D:$D)', 1, 1)).toBe('SUM(D:D)+SUM(3:4)+SUM($D:$D)');
  });
  it('a reference moved off the sheet is #REF!', () => {
    expect(slideFormula('A1', -1, 0)).toBe('#REF!');
    expect(slideFormula('XFD1+1', 0, 1)).toBe('#REF!+1');
  });
});
