/** Series colours, readable on light and dark backgrounds; the last is for "Other". */
export const PALETTE = ['#6366f1', '#10b981', '#f59e0b', '#0ea5e9', '#f43f5e', '#8b5cf6', '#14b8a6', '#94a3b8'] as const;

/** The colour of the n-th series. */
export function seriesColour(index: number): string {
  return PALETTE[index % PALETTE.length]!;
}
