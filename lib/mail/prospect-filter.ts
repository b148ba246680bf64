import { domainOfEmail, isFreeMailDomain } from '../keys';
import type { ProspectDraft, Settings } from '../model';
import { matchesNeverCapture } from './never-capture';

/**
 * The one place that decides who is never offered as a prospect: the mailbox owner (Settings → your
 * addresses, plus the owner the page shows), the owner's colleagues (same company domain; not for
 * gmail.com and the like), and addresses on the never-capture list (noreply@*, notifications@*, …).
 */

/** What the decision needs: the owner's addresses and the never-capture patterns. */
export interface ExclusionRules {
  ownEmails: readonly string[];
  neverCapture: readonly string[];
}

/** Why an address is not a prospect. */
export type ExclusionReason = 'yours' | 'colleague' | 'never-capture';

/** The rules from Settings, with the owner the page itself shows added. */
export function exclusionRules(settings: Pick<Settings, 'ownEmails' | 'neverCapture'>, pageOwner?: string): ExclusionRules {
  const ownEmails = pageOwner && !settings.ownEmails.includes(pageOwner) ? [...settings.ownEmails, pageOwner] : settings.ownEmails;
  return { ownEmails, neverCapture: settings.neverCapture };
}

/** Why `email` is never offered as a prospect, or undefined when it may be. */
export function exclusionReason(email: string, rules: ExclusionRules): ExclusionReason | undefined {
  const address = email.toLowerCase();
  if (rules.ownEmails.some((own) => own.toLowerCase() === address)) return 'yours';
  if (matchesNeverCapture(address, rules.neverCapture)) return 'never-capture';
  const domain = domainOfEmail(address);
  if (!isFreeMailDomain(domain) && rules.ownEmails.some((own) => domainOfEmail(own) === domain)) return 'colleague';
  return undefined;
}

/** What the panel says about a person it leaves out. */
export const EXCLUSION_TEXT: Record<ExclusionReason, string> = {
  yours: 'is your own address',
  colleague: 'is a colleague (same company domain as yours)',
  'never-capture': 'is on your never-capture list (Settings)',
};

/**
 * Drafts without the people who are never prospects: a draft whose email is excluded is left out,
 * and excluded addresses are removed from the others' alternates. Drafts without an email (LinkedIn)
 * pass unchanged.
 */
export function screenDrafts(
  drafts: readonly ProspectDraft[],
  rules: ExclusionRules,
): { drafts: ProspectDraft[]; excluded: Array<{ email: string; reason: ExclusionReason }> } {
  const excluded: Array<{ email: string; reason: ExclusionReason }> = [];
  const kept: ProspectDraft[] = [];
  for (const draft of drafts) {
    const reason = draft.email ? exclusionReason(draft.email, rules) : undefined;
    if (reason) {
      excluded.push({ email: draft.email!, reason });
      continue;
    }
    const emails = draft.alternates?.emails;
    const allowed = emails?.filter((email) => !exclusionReason(email, rules));
    if (!emails || !allowed || allowed.length === emails.length) {
      kept.push(draft);
      continue;
    }
    const { alternates, ...rest } = draft;
    const next: NonNullable<ProspectDraft['alternates']> = { ...alternates };
    if (allowed.length) next.emails = allowed;
    else delete next.emails;
    kept.push(next.emails || next.phones ? { ...rest, alternates: next } : rest);
  }
  return { drafts: kept, excluded };
}
