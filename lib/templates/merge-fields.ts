import type { Lead } from '../model';

/** The merge fields every template may use, with what each stands for (the editor lists them). */
export const MERGE_FIELDS = {
  firstName: 'First name (from the full name when not set)',
  lastName: 'Last name (from the full name when not set)',
  fullName: 'Full name',
  company: 'Company',
  title: 'Job title',
  location: 'Location',
  email: 'First email address',
  senderName: 'Your name (Settings)',
} as const;
export type MergeField = keyof typeof MERGE_FIELDS;

/** Custom lead fields are written `{{custom.key}}`, key as in `lead.customFields`. */
export const CUSTOM_PREFIX = 'custom.';
const CUSTOM_KEY = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;

/** True for a field name a template may use: a standard field or `custom.<key>`. */
export function isKnownField(name: string): boolean {
  // Own properties only: {{constructor}} or {{toString}} is not a field.
  if (Object.hasOwn(MERGE_FIELDS, name)) return true;
  return name.startsWith(CUSTOM_PREFIX) && CUSTOM_KEY.test(name.slice(CUSTOM_PREFIX.length));
}

/** What a template is rendered against: the lead, and the sender from Settings. */
export interface MergeContext {
  lead: Pick<Lead, 'fullName' | 'firstName' | 'lastName' | 'company' | 'title' | 'location' | 'emails' | 'customFields'>;
  senderName: string;
}

/**
 * The value of one field for a lead, trimmed; undefined when empty. First and last names fall
 * back to the words of the full name ("Ana María Lima" → "Ana" / "María Lima") when not set.
 */
export function fieldValue(name: string, context: MergeContext): string | undefined {
  const { lead } = context;
  const words = lead.fullName.trim().split(/\s+/);
  const split = words.length >= 2;
  const raw = ((): string | undefined => {
    switch (name) {
      case 'firstName':
        return lead.firstName || (split ? words[0] : undefined);
      case 'lastName':
        return lead.lastName || (split ? words.slice(1).join(' ') : undefined);
      case 'fullName':
        return lead.fullName;
      case 'company':
        return lead.company;
      case 'title':
        return lead.title;
      case 'location':
        return lead.location;
      case 'email':
        return lead.emails[0];
      case 'senderName':
        return context.senderName;
      default:
        return name.startsWith(CUSTOM_PREFIX) ? ownText(lead.customFields, name.slice(CUSTOM_PREFIX.length)) : undefined;
    }
  })();
  const trimmed = raw?.trim();
  return trimmed ? trimmed : undefined;
}

/** A record's own text value under `key` (a custom field named "toString" is not Object's method). */
export function ownText(record: Readonly<Record<string, unknown>>, key: string): string | undefined {
  const value = Object.hasOwn(record, key) ? record[key] : undefined;
  return typeof value === 'string' ? value : undefined;
}
