import { useId } from 'react';
import { patternId, SeriesPatterns, SeriesSwatch } from './series-pattern';

/** One stacked series: its label and a value per bucket. */
export interface StackSeries {
  key: string;
  label: string;
  values: readonly number[];
}

const HEIGHT = 160;
// Room either side for the first and last axis labels, which are centred on their bars.
const PAD = 28;

/**
 * Stacked vertical bars over time, in SVG: one bar per bucket, a segment per series, each with a
 * tooltip (<title>) giving its exact count, and a pattern as well as a colour (legend alike). The
 * table next to it holds every number.
 */
export function StackedBars({
  label,
  buckets,
  bucketLabels,
  series,
}: {
  label: string;
  buckets: readonly string[];
  bucketLabels: readonly string[];
  series: readonly StackSeries[];
}) {
  const prefix = useId().replace(/:/g, '');
  if (!buckets.length) return <p className="text-sm text-slate-500">No leads in this period.</p>;
  const totals = buckets.map((_, index) => series.reduce((sum, line) => sum + (line.values[index] ?? 0), 0));
  const top = Math.max(1, ...totals);
  const slot = Math.max(4, Math.min(40, 720 / buckets.length));
  const width = slot * buckets.length + 2 * PAD;
  const every = Math.ceil(buckets.length / 8);
  return (
    <figure className="flex flex-col gap-2">
      <div className="overflow-x-auto">
        <svg role="img" aria-label={label} width={width} height={HEIGHT + 18} viewBox={`${-PAD} 0 ${width} ${HEIGHT + 18}`}>
          <SeriesPatterns prefix={prefix} count={series.length} />
          {buckets.map((bucket, index) => {
            let y = HEIGHT;
            return (
              <g key={bucket}>
                {series.map((line, lineIndex) => {
                  const value = line.values[index] ?? 0;
                  if (!value) return null;
                  const h = (value / top) * HEIGHT;
                  y -= h;
                  return (
                    <rect
                      key={line.key}
                      x={index * slot + slot * 0.1}
                      y={y}
                      width={slot * 0.8}
                      height={h}
                      fill={`url(#${patternId(prefix, lineIndex)})`}
                      // A hairline between stacked segments: adjacent series never merge into one block.
                      className="stroke-white dark:stroke-slate-950"
                      strokeWidth={0.75}
                    >
                      <title>{`${bucketLabels[index]}: ${line.label} ${value.toLocaleString()}`}</title>
                    </rect>
                  );
                })}
                {index % every === 0 ? (
                  <text x={index * slot + slot / 2} y={HEIGHT + 14} textAnchor="middle" className="fill-slate-500 text-[9px]">
                    {bucketLabels[index]?.replace(/^Week of /, '')}
                  </text>
                ) : null}
              </g>
            );
          })}
        </svg>
      </div>
      <figcaption>
        <ul aria-label="Legend" className="flex flex-wrap gap-3 text-xs">
          {series.map((line, index) => (
            <li key={line.key} className="flex items-center gap-1">
              <SeriesSwatch prefix={prefix} index={index} />
              {line.label}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
