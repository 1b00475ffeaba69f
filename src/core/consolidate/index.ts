// `consolidate`: many units' checked tables into one result (see consolidate.ts). Doors use:
//   consolidate(units, options)            a browser: checked tables per file, in one call
//   digestGrids / digestRead + consolidateDigests   the CLI and the pane: a file digested where it is read, one at a time
//   consolidationToJSON (or its text in pieces), buildConsolidationSheets   the contract JSON and the --out sheets
export { consolidate, consolidateDigests, mostCommonUnit } from './consolidate';
export type { UnitInput } from './consolidate';
export { digestFile } from './digest';
export { digestGrids, digestRead } from './file';
export { consolidationJSONPieces, consolidationToJSON } from './json';
export { buildConsolidationSheets, isConsolidationSheet, SYSTEMS_SHEET, WORKBOOK_UNIT_PREFIX } from './sheets';
export type { ConsolidationSheetOptions } from './sheets';
export type { ConsolidateJSON } from './json';
export type * from './types';
