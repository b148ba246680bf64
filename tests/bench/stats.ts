/** One figure of the benchmark table. */
export interface Figure {
  figure: string;
  size: string;
  unit: 'ms' | 'KB' | 'MB' | '×' | '%';
  median: number;
  min: number;
  max: number;
  /** The budget in the same unit; undefined when the figure is informational. */
  budget?: number;
  /** The figure divided by its floor measured in the same run, and the budget for that ratio. */
  ratio?: number;
  ratioBudget?: number;
  runs: number;
}

/** Median, min and max of a non-empty sample. */
export function summarise(values: readonly number[]): { median: number; min: number; max: number } {
  if (!values.length) throw new Error('No samples');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]! };
}

/** The value under which a share `p` (0–1) of a non-empty sample falls (nearest rank). */
export function percentile(values: readonly number[], p: number): number {
  if (!values.length) throw new Error('No samples');
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

/** A figure from samples. */
export function figure(name: string, size: string, unit: Figure['unit'], samples: readonly number[], budget?: number): Figure {
  return { figure: name, size, unit, ...summarise(samples), budget, runs: samples.length };
}

const fmt = (value: number) => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));

/** The table printed at the end of a run. */
export function formatTable(figures: readonly Figure[]): string {
  const rows = figures.map((f) => [
    f.figure,
    f.size,
    `${fmt(f.median)} ${f.unit}`,
    `${fmt(f.min)}`,
    `${fmt(f.max)}`,
    f.budget === undefined ? '—' : `${fmt(f.budget)} ${f.unit}`,
    f.budget === undefined ? '' : f.median <= f.budget ? 'within' : 'OVER',
  ]);
  const header = ['figure', 'size', 'median', 'min', 'max', 'budget', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/**
 * How each figure measured at every size grows from the smallest to the largest size, beside the
 * growth of the data itself: a figure growing faster than the data is worse than linear.
 */
export function formatGrowth(figures: readonly Figure[], sizes: readonly number[]): string {
  if (sizes.length < 2) return '';
  const smallest = Math.min(...sizes).toLocaleString('en-US');
  const largest = Math.max(...sizes).toLocaleString('en-US');
  const dataGrowth = Math.max(...sizes) / Math.min(...sizes);
  const byName = new Map<string, Map<string, Figure>>();
  for (const f of figures) {
    if (f.size === '—') continue;
    const name = f.figure.replace(/\(.*?\)/g, '').replace(/set-up: seed .*/, 'set-up: seed').trim();
    if (!byName.has(name)) byName.set(name, new Map());
    byName.get(name)!.set(f.size, f);
  }
  const lines = [`growth from ${smallest} to ${largest} leads (the data grows ×${dataGrowth.toFixed(0)})`];
  for (const [name, bySize] of byName) {
    const small = bySize.get(smallest);
    const large = bySize.get(largest);
    if (!small || !large || small.median <= 0) continue;
    const growth = large.median / small.median;
    const verdict = growth > dataGrowth * 1.2 ? 'WORSE THAN LINEAR' : growth > 2 ? 'grows with the data' : 'flat';
    lines.push(`  ${name.padEnd(70)} ×${growth.toFixed(1).padStart(6)}  ${verdict}`);
  }
  return lines.join('\n');
}
