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
    return NumberCell.make(this.text, this.value, this.unit, formula, this.made);
  }

  /**
   * A cell as `new NumberCell` makes it, built as an object literal: the engine allocates what a
   * literal makes straight into the long-lived heap once most of it outlives a young collection
   * (as a form's cells do, kept through the whole check) and never does so for `new`, so every
   * `new` cell was copied twice by the young collector before it settled (measured: a third of
   * the check's collector time on the 100.000-row multi-year form).
   */
  static make(text: string, value: Decimal | null, unit: MoneyUnit, formula: string | null = null, made: MoneyReading | null = null): NumberCell {
    const cell = {
      __proto__: NumberCell.prototype, isNumber: true, billionths: value ? smallBillionths(value) : NaN, made, text, value, unit, formula,
    };
    return cell as unknown as NumberCell;
  }
}

