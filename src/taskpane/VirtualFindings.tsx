// One group's findings as a list that only puts on the page the rows in view (a repeated table
// can carry 19,000 findings; rendering them all froze the pane for seconds). Rows have one fixed
// height, the message clamped to three lines on screen but whole in the DOM, so a screen reader
// and the tooltip still give all of it. It is a listbox: Tab reaches it, arrows move, Enter
// selects the finding's cell in Excel.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Texts } from '../core/i18n/pane';
import type { SheetFinding } from './findingGroups';

export const ROW_HEIGHT = 76;
const MAX_HEIGHT = ROW_HEIGHT * 5;
const OVERSCAN = 3;

export interface VirtualFindingsProps {
  id: string;
  label: string;
  items: SheetFinding[];
  t: Texts;
  disabled: boolean;
  onSelect: (item: SheetFinding) => void;
}

const useStyles = makeStyles({
  box: {
    position: 'relative',
    overflowY: 'auto',
    overflowX: 'hidden',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  option: {
    position: 'absolute',
    left: 0,
    right: 0,
    height: `${ROW_HEIGHT - 4}px`,
    boxSizing: 'border-box',
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    fontSize: tokens.fontSizeBase200,
    lineHeight: '16px',
    cursor: 'pointer',
    color: tokens.colorNeutralForeground1,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  static: { cursor: 'default', ':hover': { backgroundColor: 'transparent' } },
  active: { backgroundColor: tokens.colorNeutralBackground1Selected, outline: `1px solid ${tokens.colorNeutralStroke1}` },
  disabled: { color: tokens.colorNeutralForegroundDisabled, cursor: 'default' },
  cell: { fontWeight: tokens.fontWeightSemibold, display: 'block' },
  message: {
    display: '-webkit-box',
    WebkitLineClamp: 3,
    WebkitBoxOrient: 'vertical',
    overflow: 'hidden',
    overflowWrap: 'anywhere',
  },
});

export function VirtualFindings({ id, label, items, t, disabled, onSelect }: VirtualFindingsProps) {
  const styles = useStyles();
  const box = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [active, setActive] = useState(0);
  const height = Math.min(items.length * ROW_HEIGHT, MAX_HEIGHT);

  // A filter can shrink the list under the cursor.
  useEffect(() => {
    if (active >= items.length) setActive(Math.max(0, items.length - 1));
  }, [items.length, active]);

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(items.length, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);

  const choose = (i: number) => {
    const item = items[i];
    setActive(i);
    if (!disabled && item && item.finding.cell !== null) onSelect(item);
  };

  const moveTo = (i: number) => {
    const next = Math.max(0, Math.min(items.length - 1, i));
    setActive(next);
    const el = box.current;
    if (!el) return;
    const top = next * ROW_HEIGHT;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + ROW_HEIGHT > el.scrollTop + el.clientHeight) el.scrollTop = top + ROW_HEIGHT - el.clientHeight;
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const page = Math.max(1, Math.floor(height / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = {
      ArrowDown: active + 1, ArrowUp: active - 1, Home: 0, End: items.length - 1, PageDown: active + page, PageUp: active - page,
    };
    if (e.key in moves) {
      e.preventDefault();
      moveTo(moves[e.key]);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      choose(active);
    }
  };

  const rows = [];
  for (let i = first; i < last; i++) {
    const item = items[i];
    const cellless = item.finding.cell === null;
    rows.push(
      <div
        key={i}
        id={`${id}-${i}`}
        role="option"
        aria-selected={i === active}
        aria-setsize={items.length}
        aria-posinset={i + 1}
        aria-disabled={cellless || disabled || undefined}
        title={item.finding.message}
        data-cell={item.finding.cell ?? undefined}
        data-code={item.finding.code}
        className={mergeClasses(styles.option, cellless && styles.static, disabled && styles.disabled, i === active && styles.active)}
        style={{ top: i * ROW_HEIGHT }}
        onClick={() => choose(i)}
      >
        <span className={styles.cell}>{cellless ? t.check.findingCellless : item.finding.cell}</span>
        <span className={styles.message}>{item.finding.message}</span>
      </div>,
    );
  }

  return (
    <div
      ref={box}
      id={id}
      className={styles.box}
      style={{ height }}
      role="listbox"
      tabIndex={0}
      aria-label={label}
      aria-activedescendant={items.length > 0 ? `${id}-${active}` : undefined}
      data-testid="finding-list"
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      onKeyDown={onKeyDown}
    >
      <div style={{ height: items.length * ROW_HEIGHT, position: 'relative' }}>{rows}</div>
    </div>
  );
}
