// "Kiểm tra": read the active sheet (or the selection), check it, list what is wrong, and
// offer the removable marks and the findings sheet. Actions come in as props.
import { useState } from 'react';
import { Button, Switch, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { CheckedTable } from '../core/model';
import type { Lang } from '../core/types';
import type { StoredSettings } from '../excel/host';
import { FindingsList, type SheetFinding } from './FindingsList';
import { SettingsPanel } from './SettingsPanel';
import { ruleSetLine } from '../core/i18n/rules';
import { formatAmount } from './format';
import type { Texts } from './texts';

export interface CheckOutcome {
  sheet: string;
  tables: CheckedTable[];
}

export interface CheckTabProps {
  t: Texts;
  lang: Lang;
  pending: boolean;
  outcome: CheckOutcome | null;
  settings: StoredSettings;
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
  amount: { fontVariantNumeric: 'tabular-nums', fontWeight: tokens.fontWeightSemibold },
});

export function allFindings(outcome: CheckOutcome): SheetFinding[] {
  return outcome.tables.flatMap((table) => table.findings.map((finding) => ({ sheet: table.sheet, finding })));
}

export function CheckTab(props: CheckTabProps) {
  const { t, lang, pending, outcome } = props;
  const styles = useStyles();
  const [selectionOnly, setSelectionOnly] = useState(false);
  const findings = outcome ? allFindings(outcome) : [];

  return (
    <div className={styles.root}>
      <Text>{t.check.intro}</Text>
      <div className={styles.row}>
        <Button appearance="primary" disabled={pending} onClick={() => props.onCheck(selectionOnly)}>{t.check.run}</Button>
        <Switch label={t.check.selectionOnly} checked={selectionOnly} onChange={(_, d) => setSelectionOnly(d.checked)} />
      </div>
      {/* Above the findings, which can run long: the period and unit change what a check finds. */}
      <SettingsPanel settings={props.settings} lang={lang} t={t} disabled={pending} onSave={props.onSaveSettings} />

      {outcome && outcome.tables.length === 0 && <Text data-testid="no-table">{t.check.noTable}</Text>}
      {outcome?.tables.map((table) => (
        <div key={`${table.sheet}!${table.range}`} className={styles.tableBox} data-testid="table-box">
          <Text weight="semibold">{t.check.tableLine(table.sheet, table.range, table.rows.length)}</Text>
          {table.law && <Text size={200} data-testid="table-law">{ruleSetLine(table.law.choice, lang)}</Text>}
          <div className={styles.figure}>
            <Text>{t.check.totalLine} ({table.unit})</Text>
            <Text className={styles.amount} data-testid="table-total">{formatAmount(table.summary.total, lang)}</Text>
          </div>
          {table.summary.statedTotal && (
            <div className={styles.figure}>
              <Text>{t.check.statedTotalLine}</Text>
              <Text className={styles.amount}>{formatAmount(table.summary.statedTotal, lang)}</Text>
            </div>
          )}
        </div>
      ))}

      {outcome && outcome.tables.length > 0 && (
        <>
          <div className={styles.row}>
            <Button disabled={pending || findings.every((f) => f.finding.cell === null)} onClick={props.onMark}>{t.check.mark}</Button>
            <Button disabled={pending} onClick={props.onClearMarks}>{t.check.clearMarks}</Button>
            <Button disabled={pending} onClick={props.onWriteSheet}>{t.check.writeSheet}</Button>
          </div>
          <FindingsList findings={findings} t={t} disabled={pending} onSelect={props.onSelectFinding} />
        </>
      )}
      {!outcome && (
        <div className={styles.row}>
          <Button disabled={pending} onClick={props.onClearMarks}>{t.check.clearMarks}</Button>
        </div>
      )}
    </div>
  );
}
