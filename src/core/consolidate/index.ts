// `consolidate`: many units' checked tables into one result (see consolidate.ts). Doors use:
//   consolidate(units, options)            a browser: checked tables per file, in one call
//   digestFile + consolidateDigests        the CLI: digests made in worker threads, one file at a time
//   consolidationToJSON, buildConsolidationSheets   the contract JSON and the --out sheets
export { consolidate, consolidateDigests, mostCommonUnit } from './consolidate';
export type { UnitInput } from './consolidate';
export { digestFile } from './digest';
export { consolidationToJSON } from './json';
export { buildConsolidationSheets, SYSTEMS_SHEET } from './sheets';
export type { ConsolidateJSON } from './json';
export type * from './types';
