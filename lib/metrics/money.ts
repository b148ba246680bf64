/** Amounts left out of a total because they are in another currency than the workspace's. */
export type ExcludedMoney = Record<string, { count: number; amount: number }>;

/**
 * Adds `amount` to totals only when it is in the workspace currency (no currency recorded means the
 * workspace currency); otherwise records it in `excluded` and contributes nothing. Figures never
 * mix currencies: the report shows what was left out instead.
 */
export function amountIn(amount: number, recordCurrency: string | undefined, workspace: string, excluded: ExcludedMoney): number {
  if (!recordCurrency || recordCurrency === workspace) return amount;
  const entry = (excluded[recordCurrency] ??= { count: 0, amount: 0 });
  entry.count += 1;
  entry.amount += amount;
  return 0;
}

/** True when the amount counts in the workspace currency. */
export function isInCurrency(recordCurrency: string | undefined, workspace: string): boolean {
  return !recordCurrency || recordCurrency === workspace;
}

/** Merges exclusions from several figures. */
export function mergeExcluded(...parts: ExcludedMoney[]): ExcludedMoney {
  const out: ExcludedMoney = {};
  for (const part of parts) {
    for (const [currency, { count, amount }] of Object.entries(part)) {
      const entry = (out[currency] ??= { count: 0, amount: 0 });
      entry.count += count;
      entry.amount += amount;
    }
  }
  return out;
}

/** a / b, or null when b is zero (a rate over nothing is unknown, not 0 %). */
export function ratio(a: number, b: number): number | null {
  return b === 0 ? null : a / b;
}
