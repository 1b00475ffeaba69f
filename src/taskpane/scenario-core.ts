// The invest-or-lease computation and its sheet, loaded the first time a scenario is computed
// (App.tsx imports this module on demand): the pane opens without them, and with them without
// the findings catalog their notes are worded from (the check's findings are worded in the worker).
export { computeScenario } from '../core/scenario/compute';
export { scenarioSheet } from '../core/scenario/sheet';
