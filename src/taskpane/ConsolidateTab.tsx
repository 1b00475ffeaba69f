// "Tổng hợp nhiều tệp": the officer picks the workbooks the units sent back; the check worker
// reads, checks and consolidates them (the same core as `ngansach consolidate`), and the pane
// shows totals by unit, by year × source, systems × mode, duplicates, each file's findings and the
// files it could not use; one button writes the consolidation's sheets into the open workbook.
import { useEffect, useRef, useState } from 'react';
import type { ChangeEvent, ReactNode } from 'react';
import {
  Button, Checkbox, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens,
} from '@fluentui/react-components';
import type { ConsolidateJSON } from '../core/consolidate';
import { MODES } from '../core/consolidate/systems';
import { Decimal } from '../core/decimal';
import { modeCounts, REPORT_WORDS, SYSTEM_WORDS } from '../core/i18n/consolidate';
import { ratesLine } from '../core/i18n/report';
import { consolidatePaneTexts } from '../core/i18n/pane-consolidate';
import type { SheetPlan } from '../core/sheetplan';
import { SOURCE_CODES } from '../core/source-codes';
import { SYSTEM_CODES } from '../core/systems';
import type { Lang, SourceCode } from '../core/types';
import type { Checker, ProgressListener } from './check/client';
import type { Phase } from './check/protocol';
import type { PickedFile } from './consolidate/service';
import { formatAmount } from './format';
import type { Action } from './useActionRunner';

export interface ConsolidateTabProps {
  lang: Lang;
  pending: boolean;
  checker: Checker;
  run: (action: Action) => Promise<void>;
  withProgress: <T>(phase: Phase, step: () => Promise<T>) => Promise<T>;
  onProgress: ProgressListener;
  /** Writes the plans through the WorkbookHost, in order (App's writer, with its progress). */
  writePlans: (plans: SheetPlan[]) => Promise<unknown>;
}

/** Findings listed per file; the rest are counted (the written sheets hold them all). */
const FINDINGS_SHOWN = 20;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  hiddenInput: { display: 'none' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  scroll: { overflowX: 'auto', maxWidth: '100%' },
  table: { tableLayout: 'auto', width: 'auto', minWidth: '100%' },
  cell: { whiteSpace: 'nowrap', paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
  num: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  strong: { fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  finding: { fontSize: tokens.fontSizeBase200 },
});

const amount = (lang: Lang, text: string): string => formatAmount(lang, new Decimal(text));

export function ConsolidateTab({ lang, pending, checker, run, withProgress, onProgress, writePlans }: ConsolidateTabProps) {
  const styles = useStyles();
  const t = consolidatePaneTexts[lang];
  const input = useRef<HTMLInputElement>(null);
  const [provinces, setProvinces] = useState(false);
  const [result, setResult] = useState<ConsolidateJSON | null>(null);

  /** `chosen` null: the files already with the worker, consolidated again. */
  const consolidate = (chosen: File[] | null, grouped: boolean, language: Lang) =>
    run(async () => {
      const files: PickedFile[] | null = chosen && (await Promise.all(chosen.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) }))));
      setResult(await withProgress('read', () => checker.consolidate(files, { provinces: grouped ? '2025' : null, lang: language }, onProgress)));
    });

  const pick = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = Array.from(event.target.files ?? []);
    // The same files picked again must fire `change` again.
    event.target.value = '';
    if (chosen.length > 0) void consolidate(chosen, provinces, lang);
  };

  // Findings are worded in the language of the check: another language consolidates again.
  const shownLang = useRef(lang);
  useEffect(() => {
    if (shownLang.current === lang) return;
    shownLang.current = lang;
    if (result) void consolidate(null, provinces, lang);
  }, [lang]);

  const group = (grouped: boolean) => {
    setProvinces(grouped);
    if (result) void consolidate(null, grouped, lang);
  };

  const write = () =>
    void run(async () => {
      const plans = await withProgress('write', () => checker.consolidationPlans(lang));
      await writePlans(plans);
      return () => t.written(plans.length);
    });

  return (
    <div className={styles.root}>
      <h2 className={styles.heading}>{t.title}</h2>
      <Text>{t.intro}</Text>
      <input ref={input} className={styles.hiddenInput} type="file" multiple accept=".xlsx,.xlsm" data-testid="consolidate-files" onChange={pick} />
      <div>
        <Button appearance="primary" disabled={pending} onClick={() => input.current?.click()}>{t.pick}</Button>
      </div>
      <Checkbox label={t.provinces} checked={provinces} disabled={pending} onChange={(_, d) => group(d.checked === true)} />
      {result ? <ResultView r={result} lang={lang} /> : <Text size={200}>{t.needFiles}</Text>}
      {result && result.files.some((f) => f.reason === null) && (
        <div>
          <Button disabled={pending} onClick={write}>{t.writeSheets}</Button>
        </div>
      )}
      {result && !result.files.some((f) => f.reason === null) && <Text>{t.noUsable}</Text>}
      {result && <FilesView r={result} lang={lang} />}
    </div>
  );
}

/** Totals by unit and by year × source, systems × mode, duplicates. */
function ResultView({ r, lang: lg }: { r: ConsolidateJSON; lang: Lang }) {
  const styles = useStyles();
  const L = REPORT_WORDS[lg];
  const unit = r.unitOfMoney;
  const used = r.files.filter((f) => f.reason === null).length;
  const sources = SOURCE_CODES.filter((c) => new Decimal(r.total.bySource[c]).gt(0));
  const years = Object.keys(r.total.byYear).map(Number).sort((a, b) => a - b);
  const yearSources = SOURCE_CODES.filter((c) => years.some((y) => r.total.byYearSource[y]?.[c] !== undefined));
  const inYears = years.reduce((sum, y) => sum.plus(r.total.byYear[y]), new Decimal(0));
  const noYear = new Decimal(r.total.total).minus(inYears);
  const systems = SYSTEM_CODES.filter((s) => r.systems[s].units > 0);
  const num = `${styles.num} ${styles.cell}`;
  return (
    <>
      <Text data-testid="consolidate-head">{`${L.head(r.files.length, used, r.files.length - used)}. ${L.moneyUnit(unit)}`}</Text>
      {r.provinces && <Text size={200}>{L.provinces(r.provinces.source)}</Text>}
      {r.unmatched.length > 0 && <Text size={200}>{L.unmatched(r.unmatched.join(', '))}</Text>}

      <AmountTable title={L.byUnit(unit)} testId="consolidate-units" label={L.unit} totalLabel={L.total} sources={sources}>
        {Object.entries(r.byUnit).map(([name, u]) => (
          <TableRow key={name} data-unit={name}>
            <TableCell className={styles.cell}>{name}</TableCell>
            <TableCell className={`${num} ${styles.strong}`}>{amount(lg, u.total)}</TableCell>
            {sources.map((c) => <TableCell key={c} className={num}>{amount(lg, u.bySource[c])}</TableCell>)}
          </TableRow>
        ))}
        <TableRow>
          <TableCell className={`${styles.cell} ${styles.strong}`}>{L.sum}</TableCell>
          <TableCell className={`${num} ${styles.strong}`} data-testid="consolidate-total">{amount(lg, r.total.total)}</TableCell>
          {sources.map((c) => <TableCell key={c} className={`${num} ${styles.strong}`} data-testid={`consolidate-source-${c}`}>{amount(lg, r.total.bySource[c])}</TableCell>)}
        </TableRow>
      </AmountTable>

      <AmountTable title={L.byYear(unit)} testId="consolidate-years" label={L.year} totalLabel={L.sum} sources={yearSources}>
        {years.map((y) => (
          <TableRow key={y} data-year={y}>
            <TableCell className={styles.cell}>{y}</TableCell>
            <TableCell className={`${num} ${styles.strong}`}>{amount(lg, r.total.byYear[y])}</TableCell>
            {yearSources.map((c: SourceCode) => <TableCell key={c} className={num}>{amount(lg, r.total.byYearSource[y]?.[c] ?? '0')}</TableCell>)}
          </TableRow>
        ))}
        {!noYear.isZero() && (
          <TableRow data-year="none">
            <TableCell className={styles.cell}>{L.noYear}</TableCell>
            <TableCell className={`${num} ${styles.strong}`}>{formatAmount(lg, noYear)}</TableCell>
            {yearSources.map((c) => <TableCell key={c} className={num} />)}
          </TableRow>
        )}
      </AmountTable>
      {r.ratesWithoutYears && <Text size={200} data-testid="consolidate-rates">{ratesLine(lg, ratesOf(r.ratesWithoutYears), unit)}</Text>}

      {systems.length > 0 && (
        <>
          <h3 className={styles.heading}>{L.systemsTitle}</h3>
          <ul className={styles.list} data-testid="consolidate-systems">
            {systems.map((s) => (
              <li key={s} data-system={s}>{L.systemLine(SYSTEM_WORDS[lg][s], r.systems[s].units, modeCounts(lg, r.systems[s].byMode, MODES))}</li>
            ))}
          </ul>
        </>
      )}

      {r.duplicates.length > 0 && (
        <>
          <h3 className={styles.heading}>{L.duplicatesTitle(r.duplicates.length)}</h3>
          <ul className={styles.list} data-testid="consolidate-duplicates">
            {r.duplicates.map((d) => (
              <li key={`${d.name}|${d.amount}`}>
                {`"${d.name}" (${amount(lg, d.amount)} ${unit}): ${d.cells.map((c) => `${c.sheet}!${c.cell} (${c.file})`).join('; ')}`}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

/** A heading and its table of amounts: a label column, a bold total column, then one column a source; `children` are the rows. */
function AmountTable({ title, testId, label, totalLabel, sources, children }: {
  title: string; testId: string; label: string; totalLabel: string; sources: readonly SourceCode[]; children: ReactNode;
}) {
  const styles = useStyles();
  const num = `${styles.num} ${styles.cell}`;
  return (
    <>
      <h3 className={styles.heading}>{title}</h3>
      <div className={styles.scroll}>
        <Table size="extra-small" aria-label={title} data-testid={testId} className={styles.table}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.cell}>{label}</TableHeaderCell>
              <TableHeaderCell className={num}>{totalLabel}</TableHeaderCell>
              {sources.map((c) => <TableHeaderCell key={c} className={num}>{c}</TableHeaderCell>)}
            </TableRow>
          </TableHeader>
          <TableBody>{children}</TableBody>
        </Table>
      </div>
    </>
  );
}

/** Each file used with its unit and findings; then the files that could not be used, with why. */
function FilesView({ r, lang: lg }: { r: ConsolidateJSON; lang: Lang }) {
  const styles = useStyles();
  const L = REPORT_WORDS[lg];
  const t = consolidatePaneTexts[lg];
  const skipped = r.files.filter((f) => f.reason !== null);
  const used = r.files.filter((f) => f.reason === null);
  return (
    <>
      <h3 className={styles.heading}>{t.files}</h3>
      <ul className={styles.list} data-testid="consolidate-file-list">
        {used.map((f) => {
          const own = r.findings.filter((x) => x.file === f.file);
          const infos = own.length - f.errors - f.warnings;
          return (
            <li key={f.file} data-file={f.file}>
              <Text>{`${t.fileLine(f.file, f.unit ?? f.units.join(', '))}: ${own.length ? L.fileCounts(f.errors, f.warnings, infos) : t.noFindings}`}</Text>
              {own.length > 0 && (
                <ul className={styles.list}>
                  {own.slice(0, FINDINGS_SHOWN).map((x, i) => (
                    <li key={i} className={styles.finding}>{`${[L.sev[x.severity], x.sheet && x.cell ? `${x.sheet}!${x.cell}` : x.cell].filter(Boolean).join(' ')}: ${x.message}`}</li>
                  ))}
                  {own.length > FINDINGS_SHOWN && <li className={styles.finding}>{t.moreFindings(own.length - FINDINGS_SHOWN)}</li>}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
      {skipped.length > 0 && (
        <>
          <h3 className={styles.heading}>{L.skippedTitle}</h3>
          <ul className={styles.list} data-testid="consolidate-skipped">
            {skipped.map((f) => <li key={f.file}>{f.reason}</li>)}
          </ul>
        </>
      )}
    </>
  );
}

/** The JSON's money a year no year takes, as the one catalog line words it (the files where a table names its cells). */
function ratesOf(r: NonNullable<ConsolidateJSON['ratesWithoutYears']>) {
  return { year: r.year === null ? null : new Decimal(r.year), month: r.month === null ? null : new Decimal(r.month), cells: r.files };
}
