import { useId } from 'react';
import { useI18n } from '../i18n';

export type Bar = {
  readonly key: string;
  readonly label: string;
  readonly value: number;
  readonly tone?: 'good' | 'warn' | 'bad';
};

const WIDTH = 640;
const LABEL = 300;
const ROW = 30;
const BAR = 20;

/**
 * Horizontal bars in plain SVG, largest first unless told otherwise; the same numbers sit in a table beside it for
 * screen readers (the chart itself is one labelled image).
 */
export function BarChart({
  title,
  bars,
  format = String,
  sorted = true,
}: {
  title: string;
  bars: readonly Bar[];
  format?: (value: number) => string;
  sorted?: boolean;
}) {
  const { t } = useI18n();
  const titleId = useId();
  const rows = sorted ? [...bars].sort((a, b) => b.value - a.value) : bars;
  const max = Math.max(1, ...rows.map((bar) => bar.value));
  const height = Math.max(ROW, rows.length * ROW);
  return (
    <figure className="chart panel" data-chart={title}>
      <figcaption id={titleId}>{title}</figcaption>
      {rows.length === 0 ? (
        <p className="muted">{t('Chưa có số liệu.', 'No data yet.')}</p>
      ) : (
        <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={titleId} className="chart-svg">
          {rows.map((bar, index) => {
            const y = index * ROW;
            const length = ((WIDTH - LABEL - 90) * bar.value) / max;
            return (
              <g key={bar.key}>
                <text x={LABEL - 8} y={y + ROW / 2} textAnchor="end" dominantBaseline="middle" className="chart-label">
                  <title>{bar.label}</title>
                  {bar.label.length > 30 ? `${bar.label.slice(0, 29)}…` : bar.label}
                </text>
                <rect
                  x={LABEL}
                  y={y + (ROW - BAR) / 2}
                  width={Math.max(length, bar.value > 0 ? 2 : 0)}
                  height={BAR}
                  rx={3}
                  className={`chart-bar chart-${bar.tone ?? 'neutral'}`}
                />
                <text x={LABEL + length + 6} y={y + ROW / 2} dominantBaseline="middle" className="chart-value">
                  {format(bar.value)}
                </text>
              </g>
            );
          })}
        </svg>
      )}
      <table className="sr-only">
        <caption>{title}</caption>
        <tbody>
          {rows.map((bar) => (
            <tr key={bar.key}>
              <th scope="row">{bar.label}</th>
              <td>{format(bar.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
