// The answer to "lease or invest": the law applied and why, present values, the difference and
// which is cheaper, the break-even year, the values that would flip it, the sensitivity to the
// rates, yearly needs as a chart, and the regulatory notes and the comparison's conventions.
import {
  Button, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens,
} from '@fluentui/react-components';
import { ZERO, type Decimal } from '../core/decimal';
import { ruleSetLine } from '../core/i18n/rules';
import { scenarioPane, SWITCHING_NAMES } from '../core/i18n/scenario';
import { formatSwitching } from '../core/scenario/format';
import { SWITCHING_KEYS, SWITCHING_LEASE_ONLY } from '../core/scenario/types';
import type { ScenarioInput, ScenarioResult, SensitivityPoint, YearNeed } from '../core/scenario/types';
import type { Lang } from '../core/types';
import { BarChart } from './BarChart';
import { formatAmount, formatPercent } from './format';
import type { Texts } from '../core/i18n/pane';

export interface ScenarioState {
  input: ScenarioInput;
  result: ScenarioResult;
}

export interface ScenarioResultViewProps {
  t: Texts;
  lang: Lang;
  pending: boolean;
  scenario: ScenarioState;
  onWriteSheet: () => void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  verdict: {
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBrandBackground2,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  num: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  // Long answers ("không vượt trong thời gian so sánh") wrap instead of widening the pane.
  text: { textAlign: 'right' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

const yearTotal = (need: YearNeed | undefined) => (need ? need['ĐTPT'].plus(need.CTX) : ZERO);

export function ScenarioResultView({ t, lang, pending, scenario, onWriteSheet }: ScenarioResultViewProps) {
  const styles = useStyles();
  const { input, result } = scenario;
  const T = t.scenario;
  const P = scenarioPane[lang];
  const money = (v: Parameters<typeof formatAmount>[1]) => formatAmount(lang, v, 1);
  const rows: [string, string, string, boolean?][] = [
    [T.pvInvest, money(result.invest.pv), 'pv-invest'],
    [T.pvLease, money(result.lease.pv), 'pv-lease'],
    [T.difference, money(result.difference), 'difference'],
    [T.totalInvestment, money(result.invest.totalInvestment), 'total-investment'],
    [T.totalInvest, money(result.invest.total), 'total-invest'],
    [T.totalLease, money(result.lease.total), 'total-lease'],
    [T.periodPayment(result.lease.periods), formatAmount(lang, result.lease.periodPayment, 3), 'period-payment'],
    [P.residualValue, money(result.invest.residualValue), 'residual-value'],
    [P.estimateTotal, money(result.lease.estimateTotal), 'estimate-total'],
    ...(result.lease.availability === 'custom' ? [[P.depositRate, formatPercent(lang, result.lease.depositRate), 'deposit-rate'] as [string, string, string]] : []),
    [T.breakEven, result.breakEvenYear === null ? T.noBreakEven : String(result.breakEvenYear), 'break-even', true],
  ];
  const custom = result.lease.availability === 'custom';
  const switchingRows = SWITCHING_KEYS.filter((k) => custom || !SWITCHING_LEASE_ONLY.has(k)).map((k) => {
    const s = result.switching[k];
    const show = (v: Decimal) => formatSwitching(k, v, lang);
    return { key: k, name: SWITCHING_NAMES[k][lang], now: show(s.base), value: s.value === null ? P.switchingNone : show(s.value) };
  });
  const sensitivityTable = (title: string, points: SensitivityPoint[], testId: string) => (
    <Table size="extra-small" aria-label={title} data-testid={testId}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{title}</TableHeaderCell>
          <TableHeaderCell className={styles.num}>{T.difference}</TableHeaderCell>
          <TableHeaderCell />
        </TableRow>
      </TableHeader>
      <TableBody>
        {points.map((p) => (
          <TableRow key={p.rate.toFixed()}>
            <TableCell>{formatPercent(lang, p.rate)}</TableCell>
            <TableCell className={styles.num}>{money(p.difference)}</TableCell>
            <TableCell>{T.cheaper[p.cheaper]}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );

  return (
    <section className={styles.root} data-testid="scenario-result" aria-label={T.result}>
      <div className={styles.verdict}>
        <Text weight="semibold" size={400} data-testid="cheaper">{T.cheaper[result.cheaper]}</Text>
        <Text>{`${input.name} · ${T.difference}: ${money(result.difference)} ${input.unit}`}</Text>
        <Text size={200} data-testid="scenario-law">{ruleSetLine(result.ruleSet, lang)}</Text>
      </div>

      <Table size="extra-small" aria-label={T.result}>
        <TableBody>
          {rows.map(([label, value, id, wraps]) => (
            <TableRow key={id}>
              <TableCell>{label}</TableCell>
              <TableCell className={wraps ? styles.text : styles.num} data-testid={id}>{value}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>

      <BarChart
        title={`${T.cashFlow} (${input.unit})`}
        lang={lang}
        testId="cashflow-chart"
        series={[{ key: 'invest', label: T.investLegend, color: '#0f6cbd' }, { key: 'lease', label: T.leaseLegend, color: '#da3b01' }]}
        groups={result.years.map((year) => ({
          label: String(year),
          bars: [
            { label: T.investLegend, segments: [{ series: 'invest', value: yearTotal(result.invest.byYear.get(year)) }] },
            { label: T.leaseLegend, segments: [{ series: 'lease', value: yearTotal(result.lease.byYear.get(year)) }] },
          ],
        }))}
      />

      <h3 className={styles.heading}>{P.switching}</h3>
      <Table size="extra-small" aria-label={P.switching} data-testid="switching">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{P.switchingInput}</TableHeaderCell>
            <TableHeaderCell className={styles.num}>{P.switchingNow}</TableHeaderCell>
            <TableHeaderCell className={styles.text}>{P.switchingValue}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {switchingRows.map((row) => (
            <TableRow key={row.key}>
              <TableCell>{row.name}</TableCell>
              <TableCell className={styles.num}>{row.now}</TableCell>
              <TableCell className={styles.text} data-testid={`switching-${row.key}`}>{row.value}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>

      <h3 className={styles.heading}>{T.sensitivity}</h3>
      {sensitivityTable(T.sensDiscount, result.sensitivity.discountRate, 'sens-discount')}
      {sensitivityTable(T.sensEscalation, result.sensitivity.leaseEscalation, 'sens-escalation')}

      {result.findings.length > 0 && (
        <>
          <h3 className={styles.heading}>{T.findings}</h3>
          <ul className={styles.list} data-testid="scenario-findings">
            {result.findings.map((f, i) => <li key={`${f.code}-${i}`}><Text size={200}>{f.message}</Text></li>)}
          </ul>
        </>
      )}
      {result.notes.length > 0 && (
        <>
          <h3 className={styles.heading}>{T.notes}</h3>
          <ul className={styles.list}>
            {result.notes.map((n) => <li key={n}><Text size={200}>{n}</Text></li>)}
          </ul>
        </>
      )}

      <div>
        <Button disabled={pending} onClick={onWriteSheet}>{T.writeSheet}</Button>
      </div>
    </section>
  );
}
