// Findings grouped by severity, errors first, with counts. A finding is a button: clicking it
// selects its cell in Excel, which is how an officer walks through a table's problems.
import { CounterBadge, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Finding, Severity } from '../core/types';
import type { Texts } from './texts';

export interface SheetFinding {
  sheet: string;
  finding: Finding;
}

export interface FindingsListProps {
  findings: SheetFinding[];
  t: Texts;
  disabled: boolean;
  onSelect: (item: SheetFinding) => void;
}

const ORDER: readonly Severity[] = ['error', 'warning', 'info'];
const BADGE_COLOR = { error: 'danger', warning: 'important', info: 'informative' } as const;

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, marginTop: tokens.spacingVerticalS },
  heading: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  item: {
    width: '100%',
    boxSizing: 'border-box',
    textAlign: 'left',
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':disabled': { cursor: 'default', color: tokens.colorNeutralForegroundDisabled },
  },
  static: { cursor: 'default', ':hover': { backgroundColor: tokens.colorNeutralBackground1 } },
  error: { borderLeft: `3px solid ${tokens.colorPaletteRedBorder2}` },
  warning: { borderLeft: `3px solid ${tokens.colorPaletteDarkOrangeBorder2}` },
  info: { borderLeft: `3px solid ${tokens.colorNeutralStroke1}` },
  cell: { fontWeight: tokens.fontWeightSemibold, minWidth: '3.2em', flexShrink: 0 },
  message: { overflowWrap: 'anywhere' },
});

export function FindingsList({ findings, t, disabled, onSelect }: FindingsListProps) {
  const styles = useStyles();
  if (findings.length === 0) return <Text>{t.check.noFindings}</Text>;
  return (
    <div>
      <Text size={200}>{t.check.selectHint}</Text>
      {ORDER.map((severity) => {
        const group = findings.filter((f) => f.finding.severity === severity);
        if (group.length === 0) return null;
        return (
          <section key={severity} className={styles.group} data-severity={severity}>
            <h3 className={styles.heading}>
              {t.check.severity[severity]}
              <CounterBadge count={group.length} color={BADGE_COLOR[severity]} overflowCount={999} size="small" />
            </h3>
            <ul className={styles.list}>
              {group.map((item, i) => (
                <li key={`${item.sheet}-${item.finding.cell ?? ''}-${item.finding.code}-${i}`}>
                  {item.finding.cell === null ? (
                    // A table-wide finding has no cell to go to: plain text, not a dead button.
                    <div className={`${styles.item} ${styles.static} ${styles[severity]}`} data-code={item.finding.code}>
                      <span className={styles.cell}>{t.check.findingCellless}</span>
                      <span className={styles.message}>{item.finding.message}</span>
                    </div>
                  ) : (
                    <button
                      type="button"
                      className={`${styles.item} ${styles[severity]}`}
                      disabled={disabled}
                      data-cell={item.finding.cell}
                      data-code={item.finding.code}
                      onClick={() => onSelect(item)}
                    >
                      <span className={styles.cell}>{item.finding.cell}</span>
                      <span className={styles.message}>{item.finding.message}</span>
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
