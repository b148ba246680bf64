/** One figure of the benchmark table. */
export interface Figure {
  figure: string;
  size: string;
  unit: 'ms' | 'KB' | 'MB' | '×' | '%' | 'entries';
  median: number;
  min: number;
  max: number;
  /** This machine's budget in the same unit (kept for reference); undefined when the figure is informational. */
  budget?: number;
  runs: number;
  /** The floor this figure is read against: what it names and its median, measured in the same run. */
  floor?: { figure: string; median: number };
  /** median ÷ floor median. */
  ratio?: number;
  /** The budget as a ratio to the floor: the one that decides `within` or `OVER` when present. */
  ratioBudget?: number;
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

/**
 * A figure read against a floor measured in the same run (another figure, or a median with its
 * name): the machine's speed divides out. Any figure can take one; `ratioBudget` is the goal.
 */
export function withFloor(f: Figure, floor: Pick<Figure, 'figure' | 'median'>, ratioBudget?: number): Figure {
  return {
    ...f,
    floor: { figure: floor.figure, median: floor.median },
    ratio: floor.median > 0 ? f.median / floor.median : undefined,
    ratioBudget,
  };
}

/** `within` or `OVER`: against the ratio budget when the figure has one, else the absolute budget. */
export function verdict(f: Figure): string {
  if (f.ratioBudget !== undefined && f.ratio !== undefined) return f.ratio <= f.ratioBudget ? 'within' : 'OVER';
  if (f.budget === undefined) return '';
  return f.median <= f.budget ? 'within' : 'OVER';
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
    f.ratio === undefined ? '—' : `×${f.ratio.toFixed(2)}`,
    f.ratioBudget === undefined ? '—' : `≤ ×${f.ratioBudget.toFixed(2)}`,
    verdict(f),
  ]);
  // The absolute budget is this machine's (its speed swings by a third between runs); a ratio to a
  // floor measured in the same run decides where a figure has one. The floors are listed below.
  const header = ['figure', 'size', 'median', 'min', 'max', "budget (this machine's)", 'ratio', 'ratio budget', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  const floors = figures
    .filter((f) => f.floor)
    .map((f) => `  ${f.figure} [${f.size}] ÷ ${f.floor!.figure} (${fmt(f.floor!.median)} ${f.unit})`);
  return [
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    ...(floors.length ? ['', 'ratios (median ÷ floor in the same run):', ...floors] : []),
  ].join('\n');
}

/**
 * A figure's growth from the smallest to the largest size, read against its floor's growth over the
 * same sizes (both measured in this run): what the figure adds to the cost of a larger store beyond
 * what the floor's own work costs there. Undefined unless the figure has a floor at both sizes.
 */
export function growthAgainstFloor(
  figures: readonly Figure[],
  sizes: readonly number[],
  name: string,
  ratioBudget: number,
): Figure | undefined {
  if (sizes.length < 2) return undefined;
  const at = (size: number) => figures.find((f) => f.figure === name && f.size === size.toLocaleString('en-US') && f.floor);
  const small = at(Math.min(...sizes));
  const large = at(Math.max(...sizes));
  if (!small?.floor || !large?.floor || small.median <= 0 || small.floor.median <= 0) return undefined;
  const span = `${small.size} to ${large.size} stored leads`;
  const growth = figure(`${name}: growth from ${span}`, '—', '×', [large.median / small.median]);
  return withFloor(growth, { figure: `its floor's growth from ${span}`, median: large.floor.median / small.floor.median }, ratioBudget);
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
    const name = f.figure
      .replace(/\(.*?\)/g, '')
      .replace(/set-up: seed .*/, 'set-up: seed')
      .trim();
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
