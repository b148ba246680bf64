import { isWebUrl, type Lead, type Settings, type Step, type Template } from '../model';
import { openGuess } from '../emails';
import { composeUrl, renderTemplate } from '../templates';

/** What doing a step in one click means, or why it cannot be done that way. */
export type StepAction =
  /** `guessed`: the address is a guess (lib/emails); `approved` once the user agreed to use it. */
  | { kind: 'compose'; url: string; label: string; guessed?: { email: string; pattern: string; approved: boolean } }
  | { kind: 'linkedin'; url: string; message: string | undefined; label: string }
  | { kind: 'call'; url: string; label: string }
  | { kind: 'none' }
  /** `missing`: the template's merge fields that would come out empty, when that is the reason. */
  | { kind: 'blocked'; reason: string; missing?: string[] };

/** The LinkedIn limit on a connection request's note. */
export const LINKEDIN_NOTE_LIMIT = 300;

/**
 * The one-click action for a step: compose the email (Gmail or Outlook per Settings, filled from
 * the step's template), open the LinkedIn profile with the message to paste, or dial. A missing
 * address, profile, phone or merge field blocks it with a reason to show, never a blank message.
 */
export function stepAction(
  step: Pick<Step, 'type' | 'templateId'> | undefined,
  type: Step['type'],
  lead: Lead,
  template: Template | undefined,
  settings: Pick<Settings, 'mailProvider' | 'senderName'>,
): StepAction {
  const stepType = step?.type ?? type;
  const rendered = template ? renderTemplate(template, { lead, senderName: settings.senderName }) : undefined;
  if (rendered && !rendered.ok) return { kind: 'blocked', reason: rendered.message, missing: rendered.missing };
  const text = rendered?.ok ? rendered : undefined;
  switch (stepType) {
    case 'email': {
      const to = lead.emails[0];
      if (!to) return { kind: 'blocked', reason: `${lead.fullName} has no email address` };
      const guess = openGuess(lead, to);
      const label = settings.mailProvider === 'outlook' ? 'Compose in Outlook' : 'Compose in Gmail';
      return {
        kind: 'compose',
        url: composeUrl(settings.mailProvider, { to, subject: text?.subject ?? '', body: text?.body ?? '' }),
        // A guessed address is never used without the user agreeing once (the row asks).
        label: guess ? `${label} · guessed address` : label,
        ...(guess ? { guessed: { email: to, pattern: guess.pattern, approved: guess.approvedAt !== undefined } } : {}),
      };
    }
    case 'linkedin-connect':
    case 'linkedin-message': {
      if (!lead.linkedinUrl || !isWebUrl(lead.linkedinUrl)) return { kind: 'blocked', reason: `${lead.fullName} has no LinkedIn profile` };
      if (stepType === 'linkedin-connect' && text && text.body.length > LINKEDIN_NOTE_LIMIT) {
        return { kind: 'blocked', reason: `The note is ${text.body.length} characters; LinkedIn allows ${LINKEDIN_NOTE_LIMIT}` };
      }
      return { kind: 'linkedin', url: lead.linkedinUrl, message: text?.body, label: text ? 'Open profile & copy message' : 'Open profile' };
    }
    case 'call': {
      const phone = lead.phones[0];
      if (!phone) return { kind: 'blocked', reason: `${lead.fullName} has no phone number` };
      // The E.164 form dials from anywhere; a number without one is dialled as written.
      const entry = lead.phoneE164.find((known) => known.phone === phone);
      // RFC 3966: the extension is a parameter of the number, not more digits.
      const url = entry ? `tel:${entry.e164}${entry.ext ? `;ext=${entry.ext}` : ''}` : `tel:${phone.replace(/[^\d+]/g, '')}`;
      return { kind: 'call', url, label: `Call ${phone}` };
    }
    default:
      return { kind: 'none' };
  }
}
