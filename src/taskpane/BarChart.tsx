// A small stacked/grouped bar chart in plain SVG: enough for "money per year" at task-pane
// width without a chart library. Amounts stay Decimal until the pixel height is computed.
import { makeStyles, tokens } from '@fluentui/react-components';
import { Decimal, ZERO, sum } from '../core/decimal';
import type { Lang } from '../core/types';
import { formatAmount } from './format';

export interface ChartSeries {
  key: string;
  label: string;
  color: string;
}

export interface ChartBar {
  /** Shown in the tooltip ("Đầu tư"). */
  label: string;
  segments: { series: string; value: Decimal }[];
}

export interface ChartGroup {
  label: string;
  bars: ChartBar[];
}

export interface BarChartProps {
  title: string;
  series: ChartSeries[];
  groups: ChartGroup[];
  lang: Lang;
  testId?: string;
}

const WIDTH = 320;
const HEIGHT = 170;
const PLOT_TOP = 16;
const PLOT_BOTTOM = 148;
const PLOT_LEFT = 4;

const useStyles = makeStyles({
  figure: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  caption: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  svg: { width: '100%', height: 'auto', display: 'block' },
  legend: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, fontSize: tokens.fontSizeBase200, listStyleType: 'none', margin: 0, padding: 0 },
  swatch: { display: 'inline-block', width: '10px', height: '10px', marginRight: '4px', borderRadius: '2px' },
});

const positive = (v: Decimal) => (v.isNegative() ? ZERO : v);

export function BarChart({ title, series, groups, lang, testId }: BarChartProps) {
  const styles = useStyles();
  const totals = groups.flatMap((g) => g.bars.map((b) => sum(b.segments.map((s) => positive(s.value)))));
  const max = totals.reduce((m, v) => (v.greaterThan(m) ? v : m), ZERO);
  const plotHeight = PLOT_BOTTOM - PLOT_TOP;
  // The one place money becomes a JS number: a pixel height, never shown or summed.
  const px = (v: Decimal) => (max.isZero() ? 0 : positive(v).div(max).times(plotHeight).toNumber());
  const groupWidth = (WIDTH - PLOT_LEFT) / Math.max(groups.length, 1);
  const colorOf = new Map(series.map((s) => [s.key, s.color]));
  const labelOf = new Map(series.map((s) => [s.key, s.label]));

  return (
    <figure className={styles.figure} data-testid={testId}>
      <figcaption className={styles.caption}>{title}</figcaption>
      <svg className={styles.svg} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={title}>
        <line x1={PLOT_LEFT} x2={WIDTH} y1={PLOT_BOTTOM} y2={PLOT_BOTTOM} stroke="#8a8886" strokeWidth={1} />
        <text x={PLOT_LEFT} y={10} fontSize={9} fill="#605e5c">{formatAmount(lang, max, 1)}</text>
        {groups.map((group, gi) => {
          const barWidth = Math.min(28, (groupWidth * 0.8) / Math.max(group.bars.length, 1));
          const groupX = PLOT_LEFT + gi * groupWidth + (groupWidth - barWidth * group.bars.length) / 2;
          return (
            <g key={group.label}>
              {group.bars.map((bar, bi) => {
                let y = PLOT_BOTTOM;
                return bar.segments.map((segment) => {
                  const h = px(segment.value);
                  y -= h;
                  return (
                    <rect key={`${bi}-${segment.series}`} x={groupX + bi * barWidth} y={y} width={barWidth - 1} height={h} fill={colorOf.get(segment.series) ?? '#999'}>
                      <title>{`${group.label} · ${bar.label} · ${labelOf.get(segment.series) ?? segment.series}: ${formatAmount(lang, segment.value)}`}</title>
                    </rect>
                  );
                });
              })}
              <text x={PLOT_LEFT + gi * groupWidth + groupWidth / 2} y={PLOT_BOTTOM + 13} fontSize={10} textAnchor="middle" fill="#323130">
                {group.label}
              </text>
            </g>
          );
        })}
      </svg>
      <ul className={styles.legend}>
        {series.map((s) => (
          <li key={s.key}><span className={styles.swatch} style={{ backgroundColor: s.color }} />{s.label}</li>
        ))}
      </ul>
    </figure>
  );
}
