// "Kiểm tra": read the active sheet (or the selection), check it off the main thread, list what
// is wrong grouped by kind, and offer the removable marks, the findings sheet and the live
// re-check switch. Actions come in as props.
import { useMemo, useState } from 'react';
import { Button, Switch, Text, makeStyles, tokens } from '@fluentui/react-components';
import { Decimal } from '../core/decimal';
import type { Texts } from '../core/i18n/pane';
import type { Lang } from '../core/types';
import type { StoredSettings } from '../excel/host';
import type { CheckView } from './check/protocol';
import { FindingsList, type SheetFinding } from './FindingsList';
import { SettingsPanel } from './SettingsPanel';
import { formatAmount } from './format';

export interface CheckTabProps {
  t: Texts;
  lang: Lang;
  pending: boolean;
  view: CheckView | null;
  settings: StoredSettings;
  /** null: the host cannot watch cells, so the switch is not offered. */
  live: boolean | null;
  onLiveChange: (on: boolean) => void;
  onCheck: (selectionOnly: boolean) => void;
  onSelectFinding: (item: SheetFinding) => void;
  onMark: () => void;
  onClearMarks: () => void;
  onWriteSheet: () => void;
  onSaveSettings: (settings: StoredSettings) => void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  tableBox: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  figure: { display: 'flex', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  amount: { fontVariantNumeric: 'tabular-nums', fontWeight: tokens.fontWeightSemibold, whiteSpace: 'nowrap' },
});

export function tableKey(table: { sheet: string; range: string }): string {
  return `${table.sheet}!${table.range}`;
}

export function allFindings(view: CheckView): SheetFinding[] {
  return view.tables.flatMap((table) => table.findings.map((finding) => ({ sheet: table.sheet, table: tableKey(table), finding })));
}

export function CheckTab(props: CheckTabProps) {
  const { t, lang, pending, view } = props;
  const styles = useStyles();
  const [selectionOnly, setSelectionOnly] = useState(false);
  const findings = useMemo(() => (view ? allFindings(view) : []), [view]);
  const tables = useMemo(() => (view ? view.tables.map(tableKey) : []), [view]);

  return (
    <div className={styles.root}>
      <Text>{t.check.intro}</Text>
      <div className={styles.row}>
        <Button appearance="primary" disabled={pending} onClick={() => props.onCheck(selectionOnly)}>{t.check.run}</Button>
        <Switch label={t.check.selectionOnly} checked={selectionOnly} onChange={(_, d) => setSelectionOnly(d.checked)} />
      </div>
      {props.live !== null && (
        <Switch
          label={t.check.live}
          checked={props.live}
          data-testid="live-switch"
          onChange={(_, d) => props.onLiveChange(d.checked)}
          title={t.check.liveHint}
        />
      )}
      {/* Above the findings, which can run long: the period and unit change what a check finds. */}
      <SettingsPanel settings={props.settings} lang={lang} t={t} disabled={pending} onSave={props.onSaveSettings} />

      {view && view.tables.length === 0 && <Text data-testid="no-table">{t.check.noTable}</Text>}
      {view?.tables.map((table) => (
        <div key={tableKey(table)} className={styles.tableBox} data-testid="table-box">
          <Text weight="semibold">{t.check.tableLine(table.sheet, table.range, formatAmount(lang, new Decimal(table.rowCount)))}</Text>
          {table.lawLine && <Text size={200} data-testid="table-law">{table.lawLine}</Text>}
          <div className={styles.figure}>
            <Text>{t.check.totalLine} ({table.unit})</Text>
            <Text className={styles.amount} data-testid="table-total">{formatAmount(lang, table.summary.total)}</Text>
          </div>
          {table.summary.statedTotal && (
            <div className={styles.figure}>
              <Text>{t.check.statedTotalLine}</Text>
              <Text className={styles.amount}>{formatAmount(lang, table.summary.statedTotal)}</Text>
            </div>
          )}
        </div>
      ))}

      {view && view.tables.length > 0 && (
        <>
          <div className={styles.row}>
            <Button disabled={pending || findings.every((f) => f.finding.cell === null)} onClick={props.onMark}>{t.check.mark}</Button>
            <Button disabled={pending} onClick={props.onClearMarks}>{t.check.clearMarks}</Button>
            <Button disabled={pending} onClick={props.onWriteSheet}>{t.check.writeSheet}</Button>
          </div>
          <FindingsList findings={findings} tables={tables} t={t} lang={lang} disabled={pending} onSelect={props.onSelectFinding} />
        </>
      )}
      {!view && (
        <div className={styles.row}>
          <Button disabled={pending} onClick={props.onClearMarks}>{t.check.clearMarks}</Button>
        </div>
      )}
    </div>
  );
}
