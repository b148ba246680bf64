/**
 * Three-way merge of a form's values: as the form opened them (base), as the user typed them
 * (mine) and as the record is stored now (theirs: changed meanwhile in another tab, by the
 * background or by a capture). Forms compare their own input shapes (strings, booleans, lists),
 * so "changed" means what the user would see as changed.
 */

/** Which side a field's value is taken from when both changed it. */
export type FieldChoice = 'mine' | 'theirs';

/**
 * Merges one field both sides changed, when that can be done without asking (a list of lines:
 * what I added and what they added both stay). Undefined means the user has to choose.
 */
export type FieldMerger<T> = (base: T, mine: T, theirs: T) => T | undefined;

export type FieldMergers<V> = { [K in keyof V]?: FieldMerger<V[K]> };

/** The outcome of comparing base, mine and theirs, field by field. */
export interface FormMerge<V> {
  /** Fields the user changed in the form. */
  mine: (keyof V)[];
  /** Fields changed in storage since the form opened. */
  theirs: (keyof V)[];
  /** Fields both changed to different values that could not be merged: the user chooses. */
  conflicts: (keyof V)[];
  /** Mine where only I changed, theirs where only they did, merged or mine where both did. */
  merged: V;
}

/** Whether two form values are the same (form values are plain data). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  return JSON.stringify(a) === JSON.stringify(b);
}

const keysOf = <V extends object>(values: V) => Object.keys(values) as (keyof V)[];

/** The fields whose values differ between two versions of a form. */
export function changedFields<V extends object>(from: V, to: V): (keyof V)[] {
  return keysOf(to).filter((key) => !sameValue(from[key], to[key]));
}

/** Compares the three versions of a form. */
export function mergeForm<V extends object>(base: V, mine: V, theirs: V, mergers: FieldMergers<V> = {}): FormMerge<V> {
  const merged = { ...theirs };
  const mineChanged = changedFields(base, mine);
  const theirsChanged = changedFields(base, theirs);
  const conflicts: (keyof V)[] = [];
  for (const key of mineChanged) {
    if (!theirsChanged.includes(key) || sameValue(mine[key], theirs[key])) {
      merged[key] = mine[key];
      continue;
    }
    const merger = mergers[key];
    const auto = merger ? merger(base[key], mine[key], theirs[key]) : undefined;
    if (auto !== undefined) merged[key] = auto;
    else {
      merged[key] = mine[key];
      conflicts.push(key);
    }
  }
  return { mine: mineChanged, theirs: theirsChanged, conflicts, merged };
}

/** The merged values with the user's choice for each conflicting field (mine unless told otherwise). */
export function resolveMerge<V extends object>(merge: FormMerge<V>, mine: V, theirs: V, choices: Partial<Record<keyof V, FieldChoice>>): V {
  const resolved = { ...merge.merged };
  for (const key of merge.conflicts) resolved[key] = choices[key] === 'theirs' ? theirs[key] : mine[key];
  return resolved;
}

/** Merges line lists (one item a line) by set: items either side added stay, items either side removed go. */
export function mergeLines(base: string, mine: string, theirs: string): string {
  const split = (text: string) =>
    text
      .split(/[\n,]+/)
      .map((line) => line.trim())
      .filter(Boolean);
  const before = new Set(split(base));
  const mineItems = split(mine);
  const removed = new Set([...before].filter((item) => !mineItems.includes(item)));
  const out = split(theirs).filter((item) => !removed.has(item));
  for (const item of mineItems) if (!before.has(item) && !out.includes(item)) out.push(item);
  return out.join('\n');
}

/** A write refused because the record changed after the values it was based on were read. */
export class StaleRecordError extends Error {
  constructor(readonly record: string) {
    super(`${record} changed since you opened it`);
    this.name = 'StaleRecordError';
  }
}
