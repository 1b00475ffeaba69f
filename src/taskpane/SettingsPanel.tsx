// The document settings: plan period, unit, security share, rule set. Saved into the workbook
// so the file carries them to the next officer.
import { useEffect, useState } from 'react';
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Caption1, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { RULESET_AUTO } from '../core/i18n/rules';
import { AUTO_RULESET, ruleSetIds, getRuleSet } from '../core/rulesets';
import type { Lang } from '../core/types';
import type { StoredSettings } from '../excel/host';
import { UNITS, fromForm, toForm, type FormProblem, type SettingsForm } from './settings';
import type { Texts } from '../core/i18n/pane';

export interface SettingsPanelProps {
  settings: StoredSettings;
  lang: Lang;
  t: Texts;
  disabled: boolean;
  onSave: (settings: StoredSettings) => void;
}

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  // minmax(0, …) and minWidth 0: an Input's intrinsic width must not push the pane wider.
  pair: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: tokens.spacingHorizontalS },
  input: { minWidth: 0, width: '100%' },
});

export function SettingsPanel({ settings, lang, t, disabled, onSave }: SettingsPanelProps) {
  const styles = useStyles();
  const [form, setForm] = useState<SettingsForm>(() => toForm(settings));
  const [problem, setProblem] = useState<FormProblem | null>(null);
  // Settings loaded from the workbook after the first render replace what the form shows.
  useEffect(() => setForm(toForm(settings)), [settings]);

  const update = (patch: Partial<SettingsForm>) => {
    setForm((f) => ({ ...f, ...patch }));
    setProblem(null);
  };
  const save = () => {
    const result = fromForm(form, lang);
    if ('problem' in result) setProblem(result.problem);
    else onSave(result.settings);
  };

  return (
    <Accordion collapsible>
      <AccordionItem value="settings">
        <AccordionHeader size="small">{t.settings.title}</AccordionHeader>
        <AccordionPanel>
          <div className={styles.form}>
            <div className={styles.pair}>
              <Field label={t.settings.periodFrom} validationMessage={problem === 'badPeriod' ? t.settings.badPeriod : undefined}>
                <Input className={styles.input} inputMode="numeric" value={form.periodFrom} placeholder="2021" onChange={(_, d) => update({ periodFrom: d.value })} />
              </Field>
              <Field label={t.settings.periodTo}>
                <Input className={styles.input} inputMode="numeric" value={form.periodTo} placeholder="2025" onChange={(_, d) => update({ periodTo: d.value })} />
              </Field>
            </div>
            <Caption1>{t.settings.periodHint}</Caption1>
            <Field label={t.settings.unit}>
              <Select value={form.unit} onChange={(_, d) => update({ unit: d.value === '' ? '' : UNITS.find((u) => u === d.value) ?? '' })}>
                <option value="">{t.settings.unitAuto}</option>
                {UNITS.map((u) => <option key={u} value={u}>{u}</option>)}
              </Select>
            </Field>
            <Field
              label={t.settings.securityShare}
              hint={t.settings.securityShareHint}
              validationMessage={problem === 'badShare' ? t.settings.badShare : undefined}
            >
              <Input inputMode="decimal" value={form.sharePercent} onChange={(_, d) => update({ sharePercent: d.value })} />
            </Field>
            <Field label={t.settings.ruleSet} className={styles.input}>
              <Select className={styles.input} select={{ className: styles.input }} value={form.ruleSet} onChange={(_, d) => update({ ruleSet: d.value })}>
                <option value={AUTO_RULESET}>{RULESET_AUTO[lang]}</option>
                {ruleSetIds().map((id) => <option key={id} value={id}>{getRuleSet(id).name}</option>)}
              </Select>
            </Field>
            <div>
              <Button disabled={disabled} onClick={save}>{t.settings.save}</Button>
            </div>
          </div>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
