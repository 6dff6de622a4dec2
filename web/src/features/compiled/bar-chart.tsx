import { clip, niceMax, scaled, stack, ticks } from './chart.ts';

export interface ChartSeries {
  key: string;
  label: string;
  /** Fill colour; the legend and the table beside the chart carry the same meaning in words. */
  color: string;
}

export interface ChartRow {
  key: string;
  label: string;
  values: Readonly<Record<string, number>>;
}

const WIDTH = 760;
const LABEL_WIDTH = 250;
const END_SPACE = 44;
const AXIS_HEIGHT = 24;
const PLOT = WIDTH - LABEL_WIDTH - END_SPACE;
const LABEL_CHARS = 36;

/**
 * A horizontal bar chart in plain SVG: one row per category, its series stacked in one bar (`stacked`) or
 * side by side (`grouped`). The SVG is one image for assistive technology, named by `title`; every page
 * showing one also shows the same figures as a table.
 */
export function BarChart(props: { id: string; title: string; series: readonly ChartSeries[]; rows: readonly ChartRow[]; mode: 'stacked' | 'grouped' }) {
  const { series, rows, mode } = props;
  const barHeight = mode === 'stacked' ? 22 : 12;
  const rowHeight = mode === 'stacked' ? 34 : series.length * barHeight + 14;
  const height = AXIS_HEIGHT + rows.length * rowHeight + 6;
  const largest = Math.max(
    0,
    ...rows.map((row) =>
      mode === 'stacked' ? series.reduce((sum, s) => sum + (row.values[s.key] ?? 0), 0) : Math.max(0, ...series.map((s) => row.values[s.key] ?? 0)),
    ),
  );
  const max = niceMax(largest);
  const x = (value: number) => LABEL_WIDTH + scaled(value, max, PLOT);

  return (
    <figure class="chart" data-chart={props.id}>
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        role="img"
        aria-label={props.title}
        aria-labelledby={`${props.id}-title`}
        class="chart-svg"
        preserveAspectRatio="xMinYMin meet"
      >
        <title id={`${props.id}-title`}>{props.title}</title>
        {ticks(max).map((tick) => (
          <g key={tick} class="chart-tick">
            <line x1={x(tick)} x2={x(tick)} y1={AXIS_HEIGHT - 4} y2={height - 4} />
            <text x={x(tick)} y={AXIS_HEIGHT - 9} text-anchor="middle">
              {tick}
            </text>
          </g>
        ))}
        {rows.map((row, index) => {
          const top = AXIS_HEIGHT + index * rowHeight + (rowHeight - (mode === 'stacked' ? barHeight : series.length * barHeight)) / 2;
          const middle = AXIS_HEIGHT + index * rowHeight + rowHeight / 2;
          const total = series.reduce((sum, s) => sum + (row.values[s.key] ?? 0), 0);
          return (
            <g key={row.key} class="chart-row" data-row={row.key}>
              <text x={LABEL_WIDTH - 8} y={middle} text-anchor="end" dominant-baseline="middle" class="chart-label">
                <title>{row.label}</title>
                {clip(row.label, LABEL_CHARS)}
              </text>
              {mode === 'stacked' ? (
                <>
                  {stack(
                    series.map((s) => ({ key: s.key, value: row.values[s.key] ?? 0 })),
                    max,
                    PLOT,
                  ).map((segment) => {
                    const s = series.find((item) => item.key === segment.key)!;
                    return (
                      <rect key={segment.key} x={LABEL_WIDTH + segment.start} y={top} width={segment.length} height={barHeight} fill={s.color} data-series={segment.key}>
                        <title>{`${row.label} — ${s.label}: ${segment.value}`}</title>
                      </rect>
                    );
                  })}
                  <text x={x(total) + 6} y={middle} dominant-baseline="middle" class="chart-value">
                    {total}
                  </text>
                </>
              ) : (
                series.map((s, i) => {
                  const value = row.values[s.key] ?? 0;
                  const y = top + i * barHeight;
                  return (
                    <g key={s.key} data-series={s.key}>
                      <rect x={LABEL_WIDTH} y={y + 1} width={scaled(value, max, PLOT)} height={barHeight - 2} fill={s.color}>
                        <title>{`${row.label} — ${s.label}: ${value}`}</title>
                      </rect>
                      {value > 0 && (
                        <text x={x(value) + 4} y={y + barHeight / 2} dominant-baseline="middle" class="chart-value chart-value-small">
                          {value}
                        </text>
                      )}
                    </g>
                  );
                })
              )}
            </g>
          );
        })}
        <line x1={LABEL_WIDTH} x2={LABEL_WIDTH} y1={AXIS_HEIGHT - 4} y2={height - 4} class="chart-axis" />
      </svg>
      <figcaption>
        <ul class="chart-legend">
          {series.map((s) => (
            <li key={s.key}>
              <span class="chart-swatch" style={{ background: s.color }} aria-hidden="true" />
              {s.label}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
