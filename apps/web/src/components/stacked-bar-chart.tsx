import { useId } from 'react';
import { useI18n } from '../i18n';
import type { Bar } from './bar-chart';

export type Series = { readonly key: string; readonly label: string; readonly tone?: Bar['tone'] };
export type StackedRow = {
  readonly key: string;
  readonly label: string;
  readonly values: Readonly<Record<string, number>>;
};

const WIDTH = 640;
const LABEL = 90;
const ROW = 30;
const BAR = 20;

/**
 * Horizontal bars in plain SVG, each split into its series (a legend names them), with every figure in a table under
 * it: the chart is one labelled image, the table is what a screen reader or a keyboard user reads.
 */
export function StackedBarChart({
  title,
  series,
  rows,
  format = String,
  rowHeader,
  note,
}: {
  title: string;
  series: readonly Series[];
  rows: readonly StackedRow[];
  format?: (value: number) => string;
  /** The header of the rows' label column in the table. */
  rowHeader: string;
  /** What the figures count, when the title cannot say it all. */
  note?: string;
}) {
  const { t } = useI18n();
  const titleId = useId();
  const total = (row: StackedRow) => series.reduce((sum, one) => sum + (row.values[one.key] ?? 0), 0);
  const max = Math.max(1, ...rows.map(total));
  const scale = (value: number) => ((WIDTH - LABEL - 70) * value) / max;
  const height = Math.max(ROW, rows.length * ROW);
  return (
    <figure className="chart panel" data-chart={title}>
      <figcaption id={titleId}>{title}</figcaption>
      {note && <p className="muted">{note}</p>}
      <ul className="chart-legend" aria-hidden="true">
        {series.map((one) => (
          <li key={one.key}>
            <svg width="12" height="12" viewBox="0 0 12 12">
              <rect width="12" height="12" rx="2" className={`chart-bar chart-${one.tone ?? 'neutral'}`} />
            </svg>{' '}
            {one.label}
          </li>
        ))}
      </ul>
      {rows.length === 0 ? (
        <p className="muted">{t('Chưa có số liệu.', 'No data yet.')}</p>
      ) : (
        <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={titleId} className="chart-svg">
          {rows.map((row, index) => {
            const y = index * ROW;
            let x = LABEL;
            return (
              <g key={row.key}>
                <text x={LABEL - 8} y={y + ROW / 2} textAnchor="end" dominantBaseline="middle" className="chart-label">
                  {row.label}
                </text>
                {series.map((one) => {
                  const value = row.values[one.key] ?? 0;
                  const start = x;
                  x += scale(value);
                  return value > 0 ? (
                    <rect
                      key={one.key}
                      x={start}
                      y={y + (ROW - BAR) / 2}
                      width={Math.max(scale(value), 2)}
                      height={BAR}
                      className={`chart-bar chart-${one.tone ?? 'neutral'}`}
                    >
                      <title>{`${one.label}: ${format(value)}`}</title>
                    </rect>
                  ) : null;
                })}
                <text x={x + 6} y={y + ROW / 2} dominantBaseline="middle" className="chart-value">
                  {format(total(row))}
                </text>
              </g>
            );
          })}
        </svg>
      )}
      <div className="table-wrap">
        <table>
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{rowHeader}</th>
              {series.map((one) => (
                <th scope="col" key={one.key}>
                  {one.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                {series.map((one) => (
                  <td key={one.key}>{format(row.values[one.key] ?? 0)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
