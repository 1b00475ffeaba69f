// The task pane: four tabs over one WorkbookHost and one Checker (the core in a Web Worker).
// Every host call goes through the action runner, so failures become plain-words messages and
// the pane never goes blank; every heavy step (check, re-wording, result sheets) runs in the
// worker, so the pane never freezes.
import { useCallback, useEffect, useRef, useState } from 'react';
import { Switch, Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { texts, type Texts } from '../core/i18n/pane';
import type { ScenarioInput } from '../core/scenario/types';
import type { SheetPlan } from '../core/sheetplan';
import type { Lang } from '../core/types';
import type { HostOperation, StoredSettings, WorkbookHost } from '../excel/host';
import { CheckTab } from './CheckTab';
import { ConsolidateTab } from './ConsolidateTab';
import { consolidatePaneTexts } from '../core/i18n/pane-consolidate';
import type { Checker } from './check/client';
import type { CheckView, Phase, ResultSheets } from './check/protocol';
import type { SheetFinding } from './FindingsList';
import type { ScenarioState } from './ScenarioResultView';
import { ScenarioTab } from './ScenarioTab';
import { SummaryTab } from './SummaryTab';
import { defaultStoredSettings } from './settings';
import { ProgressStore, StatusLine, type Step } from './StatusLine';
import { useActionRunner } from './useActionRunner';
import { useLiveRecheck } from './useLiveRecheck';

/** The scenario computation, fetched when first needed (scenario-core.ts). */
const scenarioCore = () => import('./scenario-core');

export interface AppProps {
  host: WorkbookHost;
  checker: Checker;
  /** The language to start in when the workbook has none saved (Office's display language). */
  initialLang?: Lang;
}

type TabId = 'check' | 'summary' | 'scenario' | 'consolidate';

/** The host operations whose progress the line shows, and the step each one is. */
const STEP_OF: Partial<Record<HostOperation, Step>> = { read: 'read', write: 'write', mark: 'mark', clear: 'clear' };

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    minWidth: '280px',
    boxSizing: 'border-box',
  },
  header: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  tabs: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalM})`, flexWrap: 'wrap' },
  status: { minHeight: '20px', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
});

export function App({ host, checker, initialLang = 'vi' }: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  const t = texts[lang];
  const [tab, setTab] = useState<TabId>('check');
  const [settings, setSettings] = useState<StoredSettings>(() => ({ ...defaultStoredSettings(), lang: initialLang }));
  const [view, setView] = useState<CheckView | null>(null);
  // Not App state: the bar moves with every batch, and only the status line needs to follow it.
  const [progress] = useState(() => new ProgressStore());
  const setProgress = progress.set;
  // Excel holds our request while the user types in a cell (delayForCellEdit): say so, not just "working".
  const [waitingForCellEdit, setWaitingForCellEdit] = useState(false);
  /** Which of how many sheets a write is at, to place a sheet's progress in the whole. */
  const writing = useRef({ index: 0, count: 1 });
  useEffect(() => {
    if (!host.onActivity) return undefined;
    return host.onActivity((activity) => {
      if (activity.kind === 'waiting-for-cell-edit') setWaitingForCellEdit(true);
      else if (activity.kind === 'resumed') setWaitingForCellEdit(false);
      else if (activity.total > 0) {
        const step = STEP_OF[activity.operation];
        // A write of several sheets: this sheet's share of the whole.
        const { index, count } = step === 'write' ? writing.current : { index: 0, count: 1 };
        const value = (index + activity.done / activity.total) / count;
        setProgress((p) => (p && step && p.phase === step ? { phase: step, value } : p));
      }
    });
  }, [host]);
  const [scenario, setScenario] = useState<ScenarioState | null>(null);
  const { run, pending, notice, dismiss } = useActionRunner();
  // What the last check ran under: a language switch re-words it, it does not apply new settings.
  const checkedWith = useRef<StoredSettings>(settings);
  const marked = useRef(false);

  useEffect(() => {
    void run(async () => {
      const stored = await host.loadSettings();
      setSettings((s) => ({ ...s, ...stored }));
      if (stored.lang) setLang(stored.lang);
    });
  }, [host, run]);

  const onProgress = useCallback((phase: Phase, done: number, total: number) => {
    setProgress({ phase, value: total > 0 ? done / total : undefined });
  }, []);

  /** Runs a worker step with progress shown, and always clears it. */
  const withProgress = useCallback(async <T,>(phase: Step, step: () => Promise<T>): Promise<T> => {
    setProgress({ phase, value: undefined });
    try {
      return await step();
    } finally {
      setProgress(null);
    }
  }, []);

  const remark = useCallback(async (next: CheckView) => {
    if (!marked.current) return;
    const bySheet = new Map<string, CheckView['tables'][number]['findings']>();
    for (const table of next.tables) bySheet.set(table.sheet, [...(bySheet.get(table.sheet) ?? []), ...table.findings.filter((f) => f.cell)]);
    for (const [sheet, findings] of bySheet) await host.markFindings(sheet, findings, { lang });
  }, [host, lang]);

  const live = useLiveRecheck({
    host,
    view,
    run,
    recheck: useCallback(async () => {
      const grid = await withProgress('read', () => host.readActiveSheet({ onRows: checker.streamRows?.() }));
      // The officer moved to another sheet: the checked table was not what changed on screen.
      if (!view || grid.sheet !== view.sheet) return null;
      const next = await withProgress('check', () => checker.check(grid, checkedWith.current, lang, onProgress));
      setView(next);
      await remark(next);
      return next;
    }, [host, view, checker, lang, onProgress, remark, withProgress]),
    t,
  });

  // Findings and scenario notes are worded by the core; a language switch re-words them in the
  // worker from what was already read, without asking Excel again.
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const hadView = view !== null;
    const input = scenario?.input;
    void run(async () => {
      if (hadView) setView(await withProgress('check', () => checker.recheck(checkedWith.current, lang, onProgress)));
      if (input) setScenario({ input, result: (await scenarioCore()).computeScenario(input, lang) });
    });
    // Only the language triggers this; new settings apply on the next "Kiểm tra".
  }, [lang]);

  const check = (selectionOnly: boolean) =>
    void run(async () => {
      live.pause();
      // The rows go to the check worker as they arrive, so it has the grid when the read ends.
      const grid = await withProgress('read', () => host.readActiveSheet({ selectionOnly, onRows: checker.streamRows?.() }));
      checkedWith.current = settings;
      marked.current = false;
      const next = await withProgress('check', () => checker.check(grid, settings, lang, onProgress));
      setView(next);
      await live.watch(next, !selectionOnly);
    });

  const selectFinding = (item: SheetFinding) =>
    void run(async () => {
      if (item.finding.cell) await host.selectCell(item.sheet, item.finding.cell);
    });

  const mark = () =>
    void run(async () => {
      if (!view) return;
      marked.current = true;
      let cells = 0;
      // One call per sheet the findings live on; a check reads one sheet, so usually one call.
      const bySheet = new Map<string, CheckView['tables'][number]['findings']>();
      for (const table of view.tables) bySheet.set(table.sheet, [...(bySheet.get(table.sheet) ?? []), ...table.findings.filter((f) => f.cell)]);
      await withProgress('mark', async () => {
        for (const [sheet, findings] of bySheet) cells += await host.markFindings(sheet, findings, { lang });
      });
      return (tx) => tx.check.marked(cells);
    });

  const clearMarks = () =>
    void run(async () => {
      marked.current = false;
      const cells = await withProgress('clear', () => host.clearMarks());
      return (tx) => tx.check.cleared(cells);
    });

  const writePlans = useCallback(
    async (plans: SheetPlan[]) => {
      await withProgress('write', async () => {
        for (const [i, plan] of plans.entries()) {
          writing.current = { index: i, count: plans.length };
          await host.writeSheet(plan);
          setProgress({ phase: 'write', value: (i + 1) / plans.length });
        }
      });
      const last = plans[plans.length - 1].name;
      return (tx: Texts) => tx.check.written(last);
    },
    [host, withProgress],
  );

  const writeResult = (sheets: ResultSheets) =>
    void run(async () => (view ? writePlans(await withProgress('write', () => checker.plans(sheets, lang))) : undefined));
  const writeScenario = () => void run(async () => (scenario ? writePlans([(await scenarioCore()).scenarioSheet(scenario.input, scenario.result, lang)]) : undefined));

  const computeAndShow = (input: ScenarioInput) =>
    void run(async () => {
      setScenario({ input, result: (await scenarioCore()).computeScenario(input, lang) });
    });

  const saveSettings = (next: StoredSettings) =>
    void run(async () => {
      await host.saveSettings(next);
      setSettings(next);
      // A check made under the old settings is now out of date: offer to run it again.
      if (view) return { text: (tx: Texts) => `${tx.settings.saved} ${tx.check.settingsChanged}`, followUp: { label: (tx: Texts) => tx.check.recheckNow, run: () => check(false) } };
      return (tx) => tx.settings.saved;
    });

  const switchLang = (english: boolean) => {
    const next: Lang = english ? 'en' : 'vi';
    setLang(next);
    setSettings((s) => ({ ...s, lang: next }));
  };

  return (
    <main className={styles.root} lang={lang}>
      <div className={styles.header}>
        <h1 className={styles.title}>{t.appTitle}</h1>
        <Switch label={t.languageSwitch} checked={lang === 'en'} onChange={(_, d) => switchLang(d.checked)} />
      </div>
      <TabList className={styles.tabs} selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)} size="small">
        <Tab value="check">{t.tabs.check}</Tab>
        <Tab value="summary">{t.tabs.summary}</Tab>
        <Tab value="scenario">{t.tabs.scenario}</Tab>
        <Tab value="consolidate">{consolidatePaneTexts[lang].tab}</Tab>
      </TabList>
      <StatusLine className={styles.status} progress={progress} waitingForCellEdit={waitingForCellEdit} pending={pending} notice={notice} t={t} onDismiss={dismiss} />
      {/* All tabs stay mounted (hidden when not selected) so typed forms survive a tab switch. */}
      <div hidden={tab !== 'check'} role="tabpanel">
        <CheckTab
          t={t}
          lang={lang}
          pending={pending}
          view={view}
          settings={settings}
          live={live.available ? live.on : null}
          onLiveChange={live.setOn}
          onCheck={check}
          onSelectFinding={selectFinding}
          onMark={mark}
          onClearMarks={clearMarks}
          onWriteSheet={() => writeResult('findings')}
          onSaveSettings={saveSettings}
        />
      </div>
      <div hidden={tab !== 'summary'} role="tabpanel">
        <SummaryTab t={t} lang={lang} pending={pending} tables={view ? view.tables : null} onWriteSheet={() => writeResult('summary')} />
      </div>
      <div hidden={tab !== 'scenario'} role="tabpanel">
        <ScenarioTab t={t} lang={lang} pending={pending} scenario={scenario} onCompute={computeAndShow} onWriteSheet={writeScenario} />
      </div>
      <div hidden={tab !== 'consolidate'} role="tabpanel">
        <ConsolidateTab lang={lang} pending={pending} checker={checker} run={run} withProgress={withProgress} onProgress={onProgress} writePlans={writePlans} />
      </div>
    </main>
  );
}
