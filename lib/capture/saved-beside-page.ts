import { fieldText, type FieldValue, patchFromDraft } from '../leads';
import type { Lead, LeadField, ProspectDraft } from '../model';

/** One field of a saved lead beside what the page says about it. */
export interface SavedBesidePage {
  field: LeadField;
  /** What the lead holds now (lists joined with commas). */
  saved: string;
  /** What the page (or the panel's edits) gives, when it gives anything. */
  page?: string;
  /** The user typed the saved value: a capture never replaces it. */
  typed: boolean;
}

// The fields a rep checks when they meet a lead again, in the panel's order.
const SHOWN: readonly LeadField[] = ['fullName', 'title', 'company', 'location', 'emails', 'phones', 'linkedinUrl', 'websiteUrl'];

const shown = (value: FieldValue | undefined) => fieldText(value) || undefined;

/**
 * Every field the saved lead holds, beside the page's value for it: recapturing a lead shows what is
 * stored (a title or phone typed earlier) even when the page brings nothing new.
 */
export function savedBesidePage(lead: Lead, draft: ProspectDraft): SavedBesidePage[] {
  const page = patchFromDraft(draft);
  return SHOWN.flatMap((field) => {
    const saved = shown(lead[field]);
    if (!saved) return [];
    return [{ field, saved, page: shown(page[field]), typed: lead.editedFields.includes(field) }];
  });
}
