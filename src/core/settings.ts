// The check's default settings, in a file of their own: the task pane reads them on its main
// thread without pulling the rules (they run in the worker) into the script every pane downloads.
import { Decimal } from './decimal';
import type { CheckSettings } from './model';
import { AUTO_RULESET } from './rulesets';

export function defaultSettings(partial: Partial<CheckSettings> = {}): CheckSettings {
  return {
    lang: 'vi',
    period: null,
    unit: null,
    securityShare: new Decimal('0.10'),
    ruleSet: AUTO_RULESET,
    ...partial,
  };
}
