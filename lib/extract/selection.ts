import type { CaptureSource, ProspectDraft } from '../model';
import { cleanEmail, cleanName, cleanPhone, cleanText, mailtoAddresses, splitHeadline } from './clean';
import { isRoleAddress, looksLikeName } from './contacts';
import { DraftBuilder } from './draft';
import { sourceUrlOf, webUrl } from './site';

/**
 * Drafts from what the user pointed at with right-click → "Save to Leadline": a selection of text
 * ("Amara Okonkwo <amara@…>", a signature block) or a mailto: link. Pure, like the page extractors.
 */

const SELECTION = 'your selection';
const EMAILS = /[^\s<>()[\]"',;:]+@[^\s<>()[\]"',;:]+\.[a-z]{2,}/gi;
const PHONES = /\+?\d[\d\s().\-/]{6,}\d/g;

/** The site a page belongs to, as a capture source. */
export function sourceOf(url: URL): CaptureSource {
  if (/(^|\.)linkedin\.com$/.test(url.hostname)) return url.pathname.startsWith('/sales/') ? 'sales-navigator' : 'linkedin';
  if (url.hostname === 'mail.google.com') return 'gmail';
  if (/^outlook\.(live|office|office365)\.com$/.test(url.hostname)) return 'outlook';
  return 'web';
}

/** The person a selection names: "Name <email>", or a name line followed by a title line, plus emails and phones. */
export function draftFromSelection(text: string, pageUrl: string): ProspectDraft | undefined {
  const url = webUrl(pageUrl);
  if (!url) return undefined;
  const selection = text.slice(0, 2000);
  const lines = selection
    .split(/[\r\n]+/)
    .map((line) => cleanText(line.replace(/[,;:|]+$/, '')))
    .filter((line): line is string => !!line)
    .slice(0, 20);
  const emails = [
    ...new Set((selection.match(EMAILS) ?? []).map((email) => cleanEmail(email)).filter((email): email is string => !!email)),
  ];
  const phones = (selection.match(PHONES) ?? []).map((phone) => cleanPhone(phone)).filter((phone): phone is string => !!phone);

  const draft = new DraftBuilder(sourceOf(url), sourceUrlOf(url));
  const angled = /([^<>\n,;"]+?)\s*"?\s*<\s*[^<>\s]+@[^<>\s]+\s*>/.exec(selection)?.[1]?.replace(/^["'\s]+|["'\s]+$/g, '');
  draft.set('fullName', cleanName(angled), SELECTION);
  let nameLine = -1;
  if (!draft.get('fullName')) {
    // A signature or a card: the first line that reads as a name ("Amara Okonkwo", not "Best regards,").
    nameLine = lines.findIndex((line) => looksLikeName(line) && cleanName(line) !== undefined);
    draft.set('fullName', lines[nameLine], SELECTION);
  }
  const role = nameLine >= 0 ? lines[nameLine + 1] : undefined;
  if (role && !role.includes('@') && !/\d{3}/.test(role) && role.length <= 120) {
    const comma = /^(.+?),\s+(.+)$/.exec(role);
    const { title, company } = comma ? { title: comma[1], company: comma[2] } : splitHeadline(role);
    draft.set('title', title, SELECTION);
    draft.set('company', company, SELECTION);
  }
  draft.set('email', emails.find((email) => !isRoleAddress(email)) ?? emails[0], SELECTION);
  draft.set('phone', phones[0], SELECTION);
  draft.alternates('emails', emails).alternates('phones', phones);
  return draft.get('fullName') || draft.get('email') ? draft.build() : undefined;
}

/** The address(es) of a right-clicked mailto: link. */
export function draftFromMailto(href: string, pageUrl: string): ProspectDraft | undefined {
  const url = webUrl(pageUrl);
  const emails = mailtoAddresses(href);
  if (!url || !/^mailto:/i.test(href) || !emails.length) return undefined;
  const draft = new DraftBuilder(sourceOf(url), sourceUrlOf(url));
  draft.set('email', emails[0], 'the link you clicked');
  draft.alternates('emails', emails);
  return draft.build();
}
