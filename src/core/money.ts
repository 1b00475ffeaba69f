// Vietnamese money text → exact amounts. The reader lives in ./money/ (scan, number shapes,
// units, amounts, annotations); this module is the public door the rest of the core uses.
export { parseMoney, MAX_INPUT_LENGTH, type MoneyOptions } from './money/parse';
export { parseUnit, bracketUnit, convertUnit, MONEY_UNITS, UNIT_EXPONENT } from './money/units';
export { moneyToJSON, noteToJSON, type MoneyJSON, type MoneyNoteJSON } from './money/json';
