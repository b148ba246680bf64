import { postToExtension } from '../browser';
import type { Reply } from '../messaging';

/**
 * "Sync now" from an extension page: asks the background to replicate now; rejects with its
 * one-line error. Only the reply's ok/error envelope is read (the status itself arrives through
 * onSyncStatus), so the popup that calls it does not load the zod contract.
 */
export async function requestSyncNow(): Promise<void> {
  const reply = (await postToExtension('sync.now', {})) as Reply | undefined;
  if (!reply || typeof reply !== 'object') throw new Error('Sync did not answer; try again in a moment');
  if (!reply.ok) throw new Error(reply.error);
}
