import { type LeadlineDB, parseForWrite, parseStored, pendingBackfill, saveBackfill, writeTx } from '../db';
import type { Lead } from '../model';
import { withPhoneNumbers } from './phone-numbers';

/**
 * The E.164 backfill migration 012 leaves due: every stored lead with a phone that has no E.164 form
 * yet ("020 7946 0321" saved before 011) gets it, with the country every write infers (the lead's
 * addresses', company domain's or website's country code). Runs in the background, a batch per
 * transaction in key order; the place reached is stored after each batch, so a stopped service
 * worker resumes there (a batch done twice changes nothing). `updatedAt` stays: the lead's own
 * fields did not change.
 */

const BACKFILL_ID = 'phoneE164';

const needsForm = (lead: Lead) => lead.phones.some((phone) => !lead.phoneE164.some((entry) => entry.phone === phone));

/** Runs the backfill to its end (or until `batches` batches are done); returns how many leads gained a form. */
export async function backfillPhoneE164(db: LeadlineDB, options: { batchSize?: number; batches?: number } = {}): Promise<number> {
  const batchSize = options.batchSize ?? 200;
  let state = await pendingBackfill(db, BACKFILL_ID);
  let written = 0;
  for (let batch = 0; state && batch < (options.batches ?? Infinity); batch += 1) {
    const raws = await db.getAll('leads', state.after ? IDBKeyRange.lowerBound(state.after, true) : undefined, batchSize);
    if (!raws.length) {
      await saveBackfill(db, BACKFILL_ID, undefined);
      return written;
    }
    const due = raws.flatMap((raw) => {
      const lead = parseStored('leads', raw, (raw as { id?: string }).id);
      return lead && needsForm(lead) ? [lead.id] : [];
    });
    if (due.length)
      written += await writeTx(db, ['leads'], async (tx) => {
        let changed = 0;
        for (const id of due) {
          // Read again inside the write: a lead edited since the read above keeps that edit.
          const lead = parseStored('leads', await tx.store.get(id), id);
          if (!lead) continue;
          const next = withPhoneNumbers(lead);
          if (JSON.stringify(next.phoneE164) === JSON.stringify(lead.phoneE164)) continue;
          await tx.store.put(parseForWrite('leads', next));
          changed += 1;
        }
        return changed;
      });
    const after = (raws[raws.length - 1] as { id: string }).id;
    await saveBackfill(db, BACKFILL_ID, after);
    state = { id: BACKFILL_ID, after };
  }
  return written;
}
