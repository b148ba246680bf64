import { keptPhoneE164 } from '../../keys';
import { rewriteEach } from './rewrite-each';
import type { Migration } from './types';

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/**
 * Phones gain their E.164 form, stored beside the form they were written in (`phoneE164`). Here,
 * in every page that may open the database first, only what needs no numbering plan: a phone
 * written in international form. A national number ("020 7946 0321") gets its form the next time
 * the lead is saved, captured, imported or edited (lib/leads/phone-numbers.ts).
 */
export const phoneE164: Migration = {
  version: 11,
  name: 'phone E.164',
  up(_db, tx) {
    return rewriteEach(tx.objectStore('leads'), (lead) => ({ ...lead, phoneE164: keptPhoneE164(strings(lead.phones), undefined) }));
  },
};
