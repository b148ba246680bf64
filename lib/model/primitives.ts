import { z } from 'zod';

// Extension pages forbid eval (MV3 CSP): tell zod not to probe `new Function` for its JIT, which
// would only log a CSP violation before falling back.
z.config({ jitless: true });

/** A record id: a UUID made by `newId()`, or a stable id from an import. */
export const IdSchema = z.string().min(1).max(200);

/** Milliseconds since the epoch. */
export const TimestampSchema = z.number().int().nonnegative();

/** A calendar date, `YYYY-MM-DD`, with no time zone attached. */
export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date written as YYYY-MM-DD');

/** Free text a person typed or a page showed: trimmed, bounded. */
export const TextSchema = z.string().trim().max(2000);

/** An email address, compared lower-cased. */
export const EmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: 'Not a valid email address' }));

/** Only http(s) links are stored: anything else (javascript:, data:) is refused. */
export const WebUrlSchema = z.string().trim().max(2000).refine(isWebUrl, { message: 'Only http:// and https:// links are allowed' });

/** Money: a finite, non-negative amount in the workspace currency. */
export const MoneySchema = z.number({ message: 'Enter a number' }).finite('Enter a number').nonnegative('Amounts cannot be negative');

/** True for an absolute http(s) URL. */
export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** A fresh random id. */
export function newId(): string {
  return crypto.randomUUID();
}
