import type { z } from 'zod';
import { describeZodError } from '../model';
import { reportProblem } from './problems';
import { BEFORE_WRITE, STORE_SCHEMAS, type LeadlineSchema, type StoreName } from './schema';

type Value<S extends StoreName> = LeadlineSchema[S]['value'];

/** Parses a record read from `store`; an invalid one is reported and comes back as undefined. */
export function parseStored<S extends StoreName>(store: S, raw: unknown, key?: string): Value<S> | undefined {
  if (raw === undefined) return undefined;
  const schema = STORE_SCHEMAS[store] as unknown as z.ZodType<Value<S>>;
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const recordKey = key ?? (typeof raw === 'object' && raw && 'id' in raw ? String(raw.id) : '?');
  reportProblem({ store, key: recordKey, message: describeZodError(result.error) });
  return undefined;
}

/** Parses every record of a list, leaving out (and reporting) the invalid ones. */
export function parseStoredAll<S extends StoreName>(store: S, raws: readonly unknown[]): Value<S>[] {
  const out: Value<S>[] = [];
  for (const raw of raws) {
    const value = parseStored(store, raw);
    if (value !== undefined) out.push(value);
  }
  return out;
}

/** An invalid record refused on write, with the reason. */
export class InvalidRecordError extends Error {
  constructor(
    readonly store: StoreName,
    readonly detail: string,
  ) {
    super(`Cannot save to ${store}: ${detail}`);
    this.name = 'InvalidRecordError';
  }
}

/** Parses a record about to be written; throws InvalidRecordError (the caller's transaction aborts). */
export function parseForWrite<S extends StoreName>(store: S, value: unknown): Value<S> {
  const schema = STORE_SCHEMAS[store] as unknown as z.ZodType<Value<S>>;
  const result = schema.safeParse(value);
  if (!result.success) throw new InvalidRecordError(store, describeZodError(result.error));
  const derive = BEFORE_WRITE[store];
  return derive ? derive(result.data) : result.data;
}
