// Findings grouped by code with counts ("8 mục có năm ngoài giai đoạn"), errors first; each
// group opens into a virtualized list. Filters by severity and by area (a table, a column, or
// table-wide findings) narrow what is listed. Clicking or pressing Enter on a finding selects
// its cell in Excel, which is how an officer walks through a table's problems.
import { useMemo, useState } from 'react';
import { Select, Text, ToggleButton, makeStyles, tokens } from '@fluentui/react-components';
import { Decimal } from '../core/decimal';
import type { Texts } from '../core/i18n/pane';
import type { Lang, Severity } from '../core/types';
import {
  SEVERITY_ORDER, countBySeverity, findingColumns, groupFindings, type Area, type FindingGroup, type SheetFinding,
} from './findingGroups';
import { VirtualFindings } from './VirtualFindings';
import { formatAmount } from './format';

export type { SheetFinding };

export interface FindingsListProps {
  findings: SheetFinding[];
  /** Table keys ("PL IV!A6:G66") in sheet order, for the area filter. */
  tables: string[];
  t: Texts;
  lang: Lang;
  disabled: boolean;
  onSelect: (item: SheetFinding) => void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  filters: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  area: { minWidth: 0, flexGrow: 1 },
  groups: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  header: {
    width: '100%',
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    boxSizing: 'border-box',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    textAlign: 'left',
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground2Hover },
  },
  error: { borderLeft: `4px solid ${tokens.colorPaletteRedBorder2}` },
  warning: { borderLeft: `4px solid ${tokens.colorPaletteDarkOrangeBorder2}` },
  info: { borderLeft: `4px solid ${tokens.colorNeutralStroke1}` },
  chevron: { width: '1em', flexShrink: 0 },
  title: { flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
  body: { marginTop: tokens.spacingVerticalXXS },
});

const ALL_SEVERITIES: ReadonlySet<Severity> = new Set(SEVERITY_ORDER);

export function FindingsList({ findings, tables, t, lang, disabled, onSelect }: FindingsListProps) {
  const styles = useStyles();
  const [severities, setSeverities] = useState<ReadonlySet<Severity>>(ALL_SEVERITIES);
  const [area, setArea] = useState<Area>('all');
  // Which codes are open; null = not touched yet, so the first group opens by itself.
  const [open, setOpen] = useState<ReadonlySet<string> | null>(null);

  const counts = useMemo(() => countBySeverity(findings), [findings]);
  const columns = useMemo(() => findingColumns(findings), [findings]);
  const hasCellless = useMemo(() => findings.some((f) => f.finding.cell === null), [findings]);
  const groups = useMemo(() => groupFindings(findings, severities, area), [findings, severities, area]);

  if (findings.length === 0) return <Text data-testid="no-findings">{t.check.noFindings}</Text>;

  const shown = groups.reduce((n, g) => n + g.items.length, 0);
  const count = (n: number) => formatAmount(lang, new Decimal(n));
  const isOpen = (g: FindingGroup) => (open === null ? g === groups[0] : open.has(g.code));
  const toggle = (g: FindingGroup) => {
    const next = new Set(open ?? (groups[0] ? [groups[0].code] : []));
    if (next.has(g.code)) next.delete(g.code);
    else next.add(g.code);
    setOpen(next);
  };
  const toggleSeverity = (s: Severity) => {
    const next = new Set(severities);
    if (next.has(s)) next.delete(s);
    else next.add(s);
    setSeverities(next);
  };

  return (
    <div className={styles.root}>
      <div className={styles.filters} role="group" aria-label={t.check.filterSeverity}>
        {SEVERITY_ORDER.filter((s) => counts[s] > 0).map((s) => (
          <ToggleButton
            key={s}
            size="small"
            checked={severities.has(s)}
            onClick={() => toggleSeverity(s)}
            data-testid={`filter-${s}`}
            className={styles[s]}
          >
            {`${t.check.severity[s]} ${count(counts[s])}`}
          </ToggleButton>
        ))}
        {(columns.length > 1 || tables.length > 1 || hasCellless) && (
          <Select
            className={styles.area}
            size="small"
            aria-label={t.check.filterArea}
            value={area}
            data-testid="filter-area"
            onChange={(_, d) => setArea(d.value)}
          >
            <option value="all">{t.check.areaAll}</option>
            {tables.length > 1 && tables.map((key) => {
              const bang = key.lastIndexOf('!');
              return <option key={key} value={key}>{t.check.areaTable(key.slice(0, bang), key.slice(bang + 1))}</option>;
            })}
            {columns.map((c) => <option key={c} value={`col:${c}`}>{t.check.areaColumn(c)}</option>)}
            {hasCellless && <option value="whole">{t.check.areaWhole}</option>}
          </Select>
        )}
      </div>
      <Text size={200} data-testid="findings-shown">{`${t.check.shown(count(shown), count(findings.length))}. ${t.check.selectHint}`}</Text>
      {groups.length === 0 && <Text>{t.check.noneMatch}</Text>}
      <ul className={styles.groups}>
        {groups.map((g) => {
          const title = t.check.group[g.code](count(g.items.length));
          const expanded = isOpen(g);
          const listId = `findings-${g.code}`;
          return (
            <li key={g.code} data-code={g.code} data-severity={g.severity} data-testid="finding-group">
              <button
                type="button"
                className={`${styles.header} ${styles[g.severity]}`}
                aria-expanded={expanded}
                aria-controls={expanded ? listId : undefined}
                onClick={() => toggle(g)}
              >
                <span className={styles.chevron} aria-hidden="true">{expanded ? '▾' : '▸'}</span>
                <span className={styles.title}>{title}</span>
              </button>
              {expanded && (
                <div className={styles.body}>
                  <VirtualFindings id={listId} label={t.check.groupList(title)} items={g.items} t={t} disabled={disabled} onSelect={onSelect} />
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
