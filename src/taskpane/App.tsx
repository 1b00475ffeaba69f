// The task pane: three tabs over one WorkbookHost. Every host call goes through the action
// runner, so failures become plain-words messages and the pane never goes blank.
import { useCallback, useEffect, useRef, useState } from 'react';
import { Spinner, Switch, Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { checkGrid } from '../core/check';
import type { Grid } from '../core/grid';
import type { CheckedTable } from '../core/model';
import { computeScenario } from '../core/scenario/compute';
import { scenarioSheet } from '../core/scenario/sheet';
import type { ScenarioInput } from '../core/scenario/types';
import type { Lang } from '../core/types';
import type { StoredSettings, WorkbookHost } from '../excel/host';
import { CheckTab } from './CheckTab';
import type { SheetFinding } from './FindingsList';
import { NoticeBar } from './NoticeBar';
import type { ScenarioState } from './ScenarioResultView';
import { ScenarioTab } from './ScenarioTab';
import { SummaryTab } from './SummaryTab';
import { findingsPlans, summaryPlans } from './resultSheets';
import { defaultStoredSettings, toCheckSettings } from './settings';
import { texts } from './texts';
import { useActionRunner } from './useActionRunner';

export interface AppProps {
  host: WorkbookHost;
}

type TabId = 'check' | 'summary' | 'scenario';

interface Checked {
  grid: Grid;
  tables: CheckedTable[];
}

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
  tabs: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalM})` },
  status: { minHeight: '20px' },
});

export function App({ host }: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>('vi');
  const t = texts[lang];
  const [tab, setTab] = useState<TabId>('check');
  const [settings, setSettings] = useState<StoredSettings>(defaultStoredSettings);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [scenario, setScenario] = useState<ScenarioState | null>(null);
  const { run, pending, notice, dismiss } = useActionRunner();

  useEffect(() => {
    void run(async () => {
      const stored = await host.loadSettings();
      setSettings((s) => ({ ...s, ...stored }));
      if (stored.lang) setLang(stored.lang);
    });
  }, [host, run]);

  // Findings and scenario notes are worded by the core; a language switch re-derives them
  // from what was already read, without asking Excel again.
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const grid = checked?.grid;
    const input = scenario?.input;
    void run(async () => {
      if (grid) setChecked({ grid, tables: checkGrid(grid, toCheckSettings(settings, lang)) });
      if (input) setScenario({ input, result: computeScenario(input, lang) });
    });
    // Only the language triggers this; new settings apply on the next "Kiểm tra".
  }, [lang]);

  const check = (selectionOnly: boolean) =>
    void run(async () => {
      const grid = await host.readActiveSheet({ selectionOnly });
      setChecked({ grid, tables: checkGrid(grid, toCheckSettings(settings, lang)) });
    });

  const selectFinding = (item: SheetFinding) =>
    void run(async () => {
      if (item.finding.cell) await host.selectCell(item.sheet, item.finding.cell);
    });

  const mark = () =>
    void run(async () => {
      if (!checked) return;
      let cells = 0;
      // One call per sheet the findings live on; a check reads one sheet, so usually one call.
      const bySheet = new Map<string, CheckedTable['findings']>();
      for (const table of checked.tables) bySheet.set(table.sheet, [...(bySheet.get(table.sheet) ?? []), ...table.findings.filter((f) => f.cell)]);
      for (const [sheet, findings] of bySheet) cells += await host.markFindings(sheet, findings);
      return (tx) => tx.check.marked(cells);
    });

  const clearMarks = () =>
    void run(async () => {
      const cells = await host.clearMarks();
      return (tx) => tx.check.cleared(cells);
    });

  const writePlans = useCallback(
    async (plans: ReturnType<typeof findingsPlans>) => {
      for (const plan of plans) await host.writeSheet(plan);
      const last = plans[plans.length - 1].name;
      return (tx: typeof t) => tx.check.written(last);
    },
    [host],
  );

  const writeFindings = () => void run(async () => (checked ? writePlans(findingsPlans(checked.grid, checked.tables, lang)) : undefined));
  const writeSummary = () => void run(async () => (checked ? writePlans(summaryPlans(checked.grid, checked.tables, lang)) : undefined));
  const writeScenario = () => void run(async () => (scenario ? writePlans([scenarioSheet(scenario.input, scenario.result, lang)]) : undefined));

  const computeAndShow = (input: ScenarioInput) =>
    void run(async () => {
      setScenario({ input, result: computeScenario(input, lang) });
    });

  const saveSettings = (next: StoredSettings) =>
    void run(async () => {
      await host.saveSettings(next);
      setSettings(next);
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
      </TabList>
      <div className={styles.status} aria-live="polite">
        {pending ? <Spinner size="tiny" label={t.working} labelPosition="after" /> : <NoticeBar notice={notice} t={t} onDismiss={dismiss} />}
      </div>
      {/* All three stay mounted (hidden when not selected) so typed forms survive a tab switch. */}
      <div hidden={tab !== 'check'} role="tabpanel">
        <CheckTab
          t={t}
          lang={lang}
          pending={pending}
          outcome={checked ? { sheet: checked.grid.sheet, tables: checked.tables } : null}
          settings={settings}
          onCheck={check}
          onSelectFinding={selectFinding}
          onMark={mark}
          onClearMarks={clearMarks}
          onWriteSheet={writeFindings}
          onSaveSettings={saveSettings}
        />
      </div>
      <div hidden={tab !== 'summary'} role="tabpanel">
        <SummaryTab t={t} lang={lang} pending={pending} tables={checked ? checked.tables : null} onWriteSheet={writeSummary} />
      </div>
      <div hidden={tab !== 'scenario'} role="tabpanel">
        <ScenarioTab t={t} lang={lang} pending={pending} scenario={scenario} onCompute={computeAndShow} onWriteSheet={writeScenario} />
      </div>
    </main>
  );
}
