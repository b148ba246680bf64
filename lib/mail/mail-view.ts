import type { MailMessage, MailPage, MailPerson, MailProvider } from '../model';

/**
 * What the side panel makes of a webmail tab: which site it is, the email "Log this email" means,
 * who the message being written goes to. Pure.
 */

/** The webmail site a page URL belongs to, or undefined for any other page. */
export function mailProviderOf(url: string | undefined): MailProvider | undefined {
  if (!url) return undefined;
  try {
    const host = new URL(url).hostname;
    if (host === 'mail.google.com') return 'gmail';
    if (/^outlook\.(live|office|office365)\.com$/.test(host)) return 'outlook';
  } catch {
    return undefined;
  }
  return undefined;
}

/** The email "Log this email" logs: the newest message of the thread. */
export function newestMessage(page: MailPage): MailMessage | undefined {
  return page.thread?.messages.at(-1);
}

/** Everyone a message involves except the mailbox owner: its sender and recipients, once each. */
export function otherPeople(message: MailMessage, ownEmails: readonly string[]): MailPerson[] {
  const seen = new Map<string, MailPerson>();
  for (const person of [message.from, ...message.to]) {
    if (!ownEmails.includes(person.email) && !seen.has(person.email)) seen.set(person.email, person);
  }
  return [...seen.values()];
}

/**
 * Who the message being written goes to (the owner left out). A reply whose recipients the page does
 * not show (Gmail folds them) goes to the newest sender of the thread who is not the owner.
 */
export function composeRecipients(page: MailPage, ownEmails: readonly string[]): MailPerson[] {
  const to = (page.compose?.to ?? []).filter((person) => !ownEmails.includes(person.email));
  if (to.length || page.compose?.kind !== 'reply') return to;
  const sender = [...(page.thread?.messages ?? [])].reverse().find((message) => !ownEmails.includes(message.from.email))?.from;
  return sender ? [sender] : [];
}
