// A money cell holding a number. A 100.000-row form holds hundreds of thousands of distinct
// figures, and a figure's reading (a plain amount: no words, no notes) is rarely asked for (a
// rule asks only of a cell without a value), so it is made when first asked, not with the cell.
import { numberReading } from './cell-amount';
import type { Decimal } from './decimal';
import { smallBillionths } from './exact';
import type { MoneyCell } from './model';
import type { MoneyReading, MoneyUnit } from './types';

export class NumberCell implements MoneyCell {
  readonly isNumber = true;
  readonly billionths: number;
  private made: MoneyReading | null = null;

  constructor(
    /** The number as JS prints it. */
    readonly text: string,
    readonly value: Decimal | null,
    private readonly unit: MoneyUnit,
    readonly formula: string | null = null,
  ) {
    this.billionths = value ? smallBillionths(value) : NaN;
  }

  get reading(): MoneyReading {
    if (this.made === null) this.made = numberReading(this.text, this.value, this.unit);
    return this.made;
  }

  /** The same figure in a cell computed by `formula`. */
  withFormula(formula: string): NumberCell {
    const cell = new NumberCell(this.text, this.value, this.unit, formula);
    cell.made = this.made;
    return cell;
  }
}
