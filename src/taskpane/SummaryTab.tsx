// "Tổng hợp": a checked table's totals by source, by spending type and by year × source, as a
// table and a small chart, and the button that writes them as a sheet of live formulas.
import { useState } from 'react';
import {
  Button, Select, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens,
} from '@fluentui/react-components';
import { ZERO } from '../core/decimal';
import type { Lang, SourceCode } from '../core/types';
import type { TableView } from './check/protocol';
import { BarChart } from './BarChart';
import { formatAmount } from './format';
import type { Texts } from '../core/i18n/pane';
import { ratesLine } from '../core/i18n/report';

export interface SummaryTabProps {
  t: Texts;
  lang: Lang;
  pending: boolean;
  tables: TableView[] | null;
  onWriteSheet: () => void;
}

export const SOURCE_ORDER: readonly SourceCode[] = ['NSĐP', 'NSTW', 'ODA', 'Khác', 'Chưa rõ'];
const SOURCE_COLOR: Record<SourceCode, string> = {
  'NSĐP': '#0f6cbd', NSTW: '#c50f1f', ODA: '#107c10', 'Khác': '#8764b8', 'Chưa rõ': '#8a8886',
};

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  num: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  strong: { fontWeight: tokens.fontWeightSemibold },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  scroll: { overflowX: 'auto', maxWidth: '100%' },
  // Columns as wide as their figures (Fluent's default fixed layout squeezes them into equal
  // widths at 320 px and the figures spill over each other); too wide, the box scrolls instead.
  yearTable: { tableLayout: 'auto', width: 'auto', minWidth: '100%' },
  cell: { whiteSpace: 'nowrap', paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
});

export function SummaryTab({ t, lang, pending, tables, onWriteSheet }: SummaryTabProps) {
  const styles = useStyles();
  const [index, setIndex] = useState(0);
  if (!tables || tables.length === 0) return <Text>{t.summary.needCheck}</Text>;
  const table = tables[Math.min(index, tables.length - 1)];
  const s = table.summary;
  const sources = SOURCE_ORDER.filter((code) => !s.bySource[code].isZero());
  const years = [...s.byYear.keys()].sort((a, b) => a - b);
  const cellOf = (year: number, code: SourceCode) => s.byYearSource.get(year)?.[code] ?? ZERO;

  return (
    <div className={styles.root}>
      {tables.length > 1 && (
        <Select aria-label={t.summary.table} value={String(index)} onChange={(_, d) => setIndex(Number(d.value))}>
          {tables.map((tb, i) => <option key={`${tb.sheet}!${tb.range}`} value={String(i)}>{`${tb.sheet}!${tb.range}`}</option>)}
        </Select>
      )}
      <Text size={200}>{t.summary.unitNote(table.unit)}</Text>

      <Table size="extra-small" aria-label={t.summary.bySource} data-testid="by-source">
        <TableBody>
          <TableRow>
            <TableCell className={styles.strong}>{t.summary.total}</TableCell>
            <TableCell className={`${styles.num} ${styles.strong}`} data-testid="summary-total">{formatAmount(lang, s.total)}</TableCell>
          </TableRow>
          {s.statedTotal && (
            <TableRow>
              <TableCell>{t.summary.statedTotal}</TableCell>
              <TableCell className={styles.num}>{formatAmount(lang, s.statedTotal)}</TableCell>
            </TableRow>
          )}
          {sources.map((code) => (
            <TableRow key={code} data-source={code}>
              <TableCell>{code}</TableCell>
              <TableCell className={styles.num} data-testid={`source-${code}`}>{formatAmount(lang, s.bySource[code])}</TableCell>
            </TableRow>
          ))}
          {(['ĐTPT', 'CTX', 'Chưa rõ'] as const).filter((k) => !s.byType[k].isZero()).map((k) => (
            <TableRow key={k}>
              <TableCell>{`${t.summary.byType}: ${k}`}</TableCell>
              <TableCell className={styles.num}>{formatAmount(lang, s.byType[k])}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {s.ratesWithoutYears && <Text size={200} data-testid="rates-without-years">{ratesLine(lang, s.ratesWithoutYears, table.unit)}</Text>}

      {years.length === 0 ? <Text size={200} data-testid="no-years">{t.summary.noYears}</Text> : (
        <>
          <BarChart
            title={t.summary.chartTitle}
            lang={lang}
            testId="summary-chart"
            series={sources.map((code) => ({ key: code, label: code, color: SOURCE_COLOR[code] }))}
            groups={years.map((year) => ({
              label: String(year),
              bars: [{ label: t.summary.sum, segments: sources.map((code) => ({ series: code, value: cellOf(year, code) })) }],
            }))}
          />

          <h3 className={styles.heading}>{t.summary.byYear}</h3>
          <div className={styles.scroll}>
            <Table size="extra-small" aria-label={t.summary.byYear} data-testid="by-year" className={styles.yearTable}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell className={styles.cell}>{t.summary.year}</TableHeaderCell>
                  {/* The year's total next to the year, so it stays in view when the sources do not fit. */}
                  <TableHeaderCell className={`${styles.num} ${styles.cell}`} data-testid="by-year-sum">{t.summary.sum}</TableHeaderCell>
                  {sources.map((code) => <TableHeaderCell key={code} className={`${styles.num} ${styles.cell}`}>{code}</TableHeaderCell>)}
                </TableRow>
              </TableHeader>
              <TableBody>
                {years.map((year) => (
                  <TableRow key={year}>
                    <TableCell className={styles.cell}>{year}</TableCell>
                    <TableCell className={`${styles.num} ${styles.strong} ${styles.cell}`}>{formatAmount(lang, s.byYear.get(year) ?? ZERO)}</TableCell>
                    {sources.map((code) => <TableCell key={code} className={`${styles.num} ${styles.cell}`}>{formatAmount(lang, cellOf(year, code))}</TableCell>)}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        </>
      )}

      <div>
        <Button disabled={pending} onClick={onWriteSheet}>{t.summary.writeSheet}</Button>
      </div>
    </div>
  );
}
