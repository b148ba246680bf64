import type { Migration } from './types';

/** Mirrors lib/keys/mail-domains.ts as it stood for this version (migrations copy what they need). */
const FREE_MAIL = new Set(
  'gmail.com googlemail.com outlook.com hotmail.com hotmail.co.uk live.com msn.com yahoo.com yahoo.co.uk ymail.com icloud.com me.com mac.com aol.com proton.me protonmail.com gmx.com gmx.de gmx.net web.de mail.com zoho.com yandex.com fastmail.com hey.com tutanota.com orange.fr free.fr laposte.net libero.it t-online.de qq.com 163.com naver.com'.split(
    ' ',
  ),
);

/**
 * Version 6: the known-addresses index for likely emails. Leads are indexed by the domains of their
 * company addresses (`emailDomains`, multiEntry), so a guess reads only its domain's leads; an
 * `emailEvidence` store keeps addresses seen beside a name on pages and in messages, by domain.
 * Every address stored before this version was read or typed, never guessed: all are confirmed,
 * so every lead with a company address gets its domains.
 */
export const emailStatus: Migration = {
  version: 6,
  name: 'email domains index and evidence',
  up(_db, tx) {
    const evidence = _db.createObjectStore('emailEvidence', { keyPath: 'id' });
    evidence.createIndex('domain', 'domain');
    const leads = tx.objectStore('leads');
    leads.createIndex('emailDomains', 'emailDomains', { multiEntry: true });
    return new Promise<void>((resolve, reject) => {
      const request = leads.openCursor();
      request.onerror = () => reject(request.error ?? new Error('cursor failed'));
      request.onsuccess = () => {
        const cursor = request.result;
        if (!cursor) return resolve();
        const lead = cursor.value as Record<string, unknown>;
        const emails = Array.isArray(lead.emails) ? lead.emails.filter((email): email is string => typeof email === 'string') : [];
        const domains = [...new Set(emails.map((email) => email.slice(email.lastIndexOf('@') + 1).toLowerCase()))].filter(
          (domain) => domain && !FREE_MAIL.has(domain),
        );
        // Leads without a company address stay exactly as they were (the field defaults to empty on read).
        if (domains.length) cursor.update({ ...lead, emailDomains: domains });
        cursor.continue();
      };
    });
  },
};
