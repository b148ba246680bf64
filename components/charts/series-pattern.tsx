import type { ReactNode } from 'react';
import { PALETTE, seriesColour } from './palette';

/*
 * Series are told apart by a pattern as well as a colour (WCAG 1.4.1: colour is never the only
 * cue): solid, stripes one way, dots, stripes the other way, cross-hatch, horizontal and vertical
 * lines, then solid again for "Other". Each pattern is the series colour with white marks over it.
 */
const MARKS: ReadonlyArray<(size: number) => ReactNode> = [
  () => null,
  (s) => <path d={`M0,${s} L${s},0`} strokeWidth={1.5} />,
  (s) => <circle cx={s / 2} cy={s / 2} r={1.1} stroke="none" fill="rgba(255,255,255,0.75)" />,
  (s) => <path d={`M0,0 L${s},${s}`} strokeWidth={1.5} />,
  (s) => <path d={`M0,${s} L${s},0 M0,0 L${s},${s}`} strokeWidth={1} />,
  (s) => <path d={`M0,${s / 2} L${s},${s / 2}`} strokeWidth={1.5} />,
  (s) => <path d={`M${s / 2},0 L${s / 2},${s}`} strokeWidth={1.5} />,
  () => null,
];

const SIZE = 5;

/** The id of series `index`'s pattern inside a chart whose patterns carry `prefix`. */
export function patternId(prefix: string, index: number): string {
  return `${prefix}-series-${index % PALETTE.length}`;
}

/** `<defs>` with one pattern per series, to be placed in each SVG that fills with `url(#…)`. */
export function SeriesPatterns({ prefix, count }: { prefix: string; count: number }) {
  return (
    <defs>
      {Array.from({ length: Math.min(count, PALETTE.length) }, (_, index) => (
        <pattern key={index} id={patternId(prefix, index)} width={SIZE} height={SIZE} patternUnits="userSpaceOnUse">
          <rect width={SIZE} height={SIZE} fill={seriesColour(index)} />
          <g stroke="rgba(255,255,255,0.75)" fill="none">
            {MARKS[index % MARKS.length]!(SIZE)}
          </g>
        </pattern>
      ))}
    </defs>
  );
}

/** A legend swatch showing series `index`'s colour and pattern. */
export function SeriesSwatch({ prefix, index }: { prefix: string; index: number }) {
  const id = `${prefix}-swatch`;
  return (
    <svg aria-hidden="true" width={12} height={12} className="shrink-0 rounded-sm">
      <SeriesPatterns prefix={`${id}-${index}`} count={index + 1} />
      <rect width={12} height={12} fill={`url(#${patternId(`${id}-${index}`, index)})`} />
    </svg>
  );
}
