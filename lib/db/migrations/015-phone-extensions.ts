import { eachRecord } from './rewrite-each';
import type { Migration } from './types';

// The extension grammar of lib/keys/phone-keys.ts as it was written for this version (a migration
// keeps its own copy: the shared one may change later).
const EXTENSION =
  /(?:\s*;\s*ext=|\s*,?\s*(?:ext|extn|extension|x|poste|p|anexo|interno|int|ramal|доб|вн|dahili|内線|分机|分機|내선)\.?\s*:?\s*|\s*#\s*)(\d{1,6})\s*$/iu;

function extensionOf(phone: string): string | undefined {
  const text = phone.trim();
  const found = EXTENSION.exec(text);
  return found && text.slice(0, found.index).replace(/\D/g, '').length >= 7 ? found[1] : undefined;
}

/**
 * Each stored phone's E.164 entry gains the extension written after the number (`ext`: "+1 415 555
 * 0134 ext. 12" → "12"), so that the switchboard and a direct extension stay two phones. The E.164
 * forms themselves were already read without the extension; leads with no extension are not written.
 */
export const phoneExtensions: Migration = {
  version: 15,
  name: 'phone extensions',
  up(_db, tx) {
    return eachRecord(tx.objectStore('leads'), (lead, cursor) => {
      const entries = Array.isArray(lead.phoneE164) ? (lead.phoneE164 as Array<Record<string, unknown>>) : [];
      let changed = false;
      const next = entries.map((entry) => {
        const ext = typeof entry.phone === 'string' && entry.ext === undefined ? extensionOf(entry.phone) : undefined;
        if (!ext) return entry;
        changed = true;
        return { ...entry, ext };
      });
      if (changed) cursor.update({ ...lead, phoneE164: next });
    });
  },
};
