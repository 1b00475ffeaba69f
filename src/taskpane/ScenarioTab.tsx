// "Thuê hay Đầu tư": the scenario form. The pane reads what the officer typed, the core
// validates and computes; field problems show under their fields, never as a crash.
import { useState } from 'react';
import { Button, Field, Input, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { parseScenarioInput } from '../core/scenario/input';
import type { ScenarioInput } from '../core/scenario/types';
import type { Lang } from '../core/types';
import { ScenarioResultView, type ScenarioState } from './ScenarioResultView';
import { fieldLabel, scenarioPane } from '../core/i18n/scenario';
import { getRuleSet, ruleSetIds } from '../core/rulesets';
import { BANK_FIELDS, DEFAULT_FORM, FIELDS, errorsByField, formToRaw, type FieldKind, type FieldPath, type ScenarioForm } from './scenarioForm';
import { UNITS } from './settings';
import type { Texts } from '../core/i18n/pane';

export interface ScenarioTabProps {
  t: Texts;
  lang: Lang;
  pending: boolean;
  scenario: ScenarioState | null;
  onCompute: (input: ScenarioInput) => void;
  onWriteSheet: () => void;
}

type StringKeys<T> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T];
type LabelKey = StringKeys<Texts['scenario']>;
// The fields the pane has always had are worded with its texts; the ones the legal work added
// (decision date, rule set, five-part estimate, banks, conventions) by the scenario catalog.
const LABEL: Partial<Record<FieldPath, LabelKey>> = {
  name: 'name', unit: 'unit', startYear: 'startYear', horizonYears: 'horizonYears', discountRate: 'discountRate',
  'invest.costs.xayLap': 'xayLap', 'invest.costs.thietBi': 'thietBi', 'invest.costs.quanLyDuAn': 'quanLyDuAn',
  'invest.costs.tuVan': 'tuVan', 'invest.costs.khac': 'khac', 'invest.contingencyRate': 'contingencyRate',
  'invest.escalationRate': 'investEscalation', 'invest.buildYears': 'buildYears',
  'invest.annualOperatingCost': 'annualOperatingCost', 'invest.usefulLifeYears': 'usefulLifeYears',
  'lease.availability': 'availability', 'lease.buildCost': 'buildCost', 'lease.depositRate': 'depositRate',
  'lease.periodsPerYear': 'periodsPerYear', 'lease.termYears': 'termYears', 'lease.payment': 'payment',
  'lease.residualValue': 'residualValue', 'lease.vatRate': 'vatRate', 'lease.annualAdminCost': 'annualAdminCost',
  'lease.annualMaintenanceCost': 'annualMaintenanceCost', 'lease.otherCost': 'otherCost',
  'lease.marketPricePerYear': 'marketPricePerYear', 'lease.escalationRate': 'leaseEscalation',
};

// Fields that only mean something for one kind of lease.
const CUSTOM_ONLY: ReadonlySet<FieldPath> = new Set<FieldPath>([
  'lease.buildCost', 'lease.depositRate', 'lease.periodsPerYear', 'lease.residualValue', 'lease.lessorUsefulLifeYears', 'lease.vatRate', ...BANK_FIELDS,
]);
const HINTS: Partial<Record<FieldPath, keyof (typeof scenarioPane)['vi']>> = {
  decisionDate: 'decisionDateHint', 'lease.lessorUsefulLifeYears': 'lessorLifeHint', 'lease.depositRates.1.bank': 'banksHint',
};
const SOURCES = ['NSTW', 'NSĐP', 'ODA', 'Khác'] as const;
const MARKET_ONLY: ReadonlySet<FieldPath> = new Set<FieldPath>(['lease.marketPricePerYear']);

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  fieldset: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(140px, 1fr))',
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    margin: 0,
    alignItems: 'end',
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  wide: { gridColumn: '1 / -1' },
  input: { minWidth: 0 },
  // A long option ("Cuối năm, như NPV (quy ước cũ)") must not widen the pane: the select shrinks to its cell.
  select: { minWidth: 0, maxWidth: '100%' },
  cell: { minWidth: 0 },
  errorText: { color: tokens.colorPaletteRedForeground1 },
});

export function ScenarioTab({ t, lang, pending, scenario, onCompute, onWriteSheet }: ScenarioTabProps) {
  const styles = useStyles();
  const [form, setForm] = useState<ScenarioForm>(DEFAULT_FORM);
  const [fieldErrors, setFieldErrors] = useState<Map<string, string>>(new Map());
  const [general, setGeneral] = useState<string[]>([]);
  const market = form['lease.availability'] === 'market';

  const compute = () => {
    const { raw, problems } = formToRaw(form);
    if (problems.size > 0) {
      setFieldErrors(new Map([...problems.keys()].map((path) => [path, t.scenario.notNumber])));
      setGeneral([t.scenario.fixErrors]);
      return;
    }
    const parsed = parseScenarioInput(raw);
    if ('errors' in parsed) {
      const { byField, general: rest } = errorsByField(parsed.errors, lang);
      setFieldErrors(byField);
      setGeneral([t.scenario.fixErrors, ...rest]);
      return;
    }
    setFieldErrors(new Map());
    setGeneral([]);
    onCompute(parsed.input);
  };

  const field = (path: FieldPath) => {
    if ((market && CUSTOM_ONLY.has(path)) || (!market && MARKET_ONLY.has(path))) return null;
    const kind: FieldKind = FIELDS[path];
    const P = scenarioPane[lang];
    const key = LABEL[path];
    const label = key ? t.scenario[key] : fieldLabel(path, lang);
    const set = (value: string) => setForm((f) => ({ ...f, [path]: value }));
    const hintKey = HINTS[path];
    const hint = path === 'lease.residualValue' ? t.scenario.residualHint : hintKey ? P[hintKey] : undefined;
    const choose = (options: [string, string][]) => (
      <Select className={styles.select} select={{ className: styles.select }} value={form[path]} onChange={(_, d) => set(d.value)}>
        {options.map(([value, text]) => <option key={value} value={value}>{text}</option>)}
      </Select>
    );
    let control;
    if (kind === 'ruleSet') {
      control = choose([['auto', P.ruleSetAuto], ...ruleSetIds().map((id): [string, string] => [id, getRuleSet(id).name])]);
    } else if (kind === 'documentType') {
      control = choose([['', P.documentAuto], ['bckt', P.documentBckt], ['feasibility', P.documentFeasibility]]);
    } else if (kind === 'source') {
      control = choose([['', P.sourceUnknown], ...SOURCES.map((c): [string, string] => [c, c])]);
    } else if (kind === 'boolean') {
      control = choose([['true', P.yes], ['false', P.noOld]]);
    } else if (kind === 'discounting') {
      control = choose([['payment', P.discountPayment], ['year-end', P.discountYearEnd]]);
    } else if (kind === 'unit') {
      control = <Select value={form[path]} onChange={(_, d) => set(d.value)}>{UNITS.map((u) => <option key={u} value={u}>{u}</option>)}</Select>;
    } else if (kind === 'availability') {
      control = (
        <Select value={form[path]} onChange={(_, d) => set(d.value)}>
          <option value="custom">{t.scenario.availabilityCustom}</option>
          <option value="market">{t.scenario.availabilityMarket}</option>
        </Select>
      );
    } else if (kind === 'payment') {
      control = (
        <Select value={form[path]} onChange={(_, d) => set(d.value)}>
          <option value="end">{t.scenario.paymentEnd}</option>
          <option value="start">{t.scenario.paymentStart}</option>
        </Select>
      );
    } else {
      control = (
        <Input
          className={styles.input}
          name={path}
          inputMode={kind === 'text' || kind === 'bank' || kind === 'date' ? 'text' : kind === 'whole' || kind === 'optionalWhole' ? 'numeric' : 'decimal'}
          value={form[path]}
          onChange={(_, d) => set(d.value)}
        />
      );
    }
    return (
      <Field
        key={path}
        label={label}
        hint={hint}
        className={kind === 'text' ? styles.wide : styles.cell}
        validationMessage={fieldErrors.get(path)}
      >
        {control}
      </Field>
    );
  };

  const paths = Object.keys(FIELDS) as FieldPath[];
  const section = (legend: string, prefix: (p: FieldPath) => boolean) => (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{legend}</legend>
      {paths.filter(prefix).map(field)}
    </fieldset>
  );

  return (
    <div className={styles.root}>
      <Text>{t.scenario.intro}</Text>
      {section(t.scenario.general, (p) => !p.includes('.'))}
      {section(t.scenario.invest, (p) => p.startsWith('invest.'))}
      {section(t.scenario.lease, (p) => p.startsWith('lease.') && !p.startsWith('lease.depositRates.'))}
      {!market && section(scenarioPane[lang].banks, (p) => p.startsWith('lease.depositRates.'))}
      {section(scenarioPane[lang].compare, (p) => p.startsWith('compare.'))}
      {general.length > 0 && (
        <div role="alert" data-testid="scenario-errors">
          {general.map((g) => <Text key={g} block className={styles.errorText}>{g}</Text>)}
        </div>
      )}
      <div>
        <Button appearance="primary" disabled={pending} onClick={compute}>{t.scenario.compute}</Button>
      </div>
      {scenario && <ScenarioResultView t={t} lang={lang} pending={pending} scenario={scenario} onWriteSheet={onWriteSheet} />}
    </div>
  );
}
