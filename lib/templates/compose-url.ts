/** A message to open in a mail composer: already rendered, plain text. */
export interface ComposeMessage {
  to: string;
  subject: string;
  body: string;
}

/** Where "Compose" opens: Gmail or Outlook on the web (Settings → mail provider). */
export type MailProvider = 'gmail' | 'outlook';

// RFC 6068 wants line breaks in mailto bodies as CRLF; webmail accepts either.
const crlf = (text: string) => text.replace(/\r?\n/g, '\r\n');

/** `mailto:` link with subject and body, every part percent-encoded (RFC 6068). */
export function mailtoUrl(message: ComposeMessage): string {
  const query = [
    message.subject ? `subject=${encodeURIComponent(message.subject)}` : '',
    message.body ? `body=${encodeURIComponent(crlf(message.body))}` : '',
  ].filter(Boolean);
  return `mailto:${encodeURIComponent(message.to).replace(/%40/g, '@')}${query.length ? `?${query.join('&')}` : ''}`;
}

/** Gmail's compose window with recipient, subject and body filled. */
export function gmailComposeUrl(message: ComposeMessage): string {
  const params = new URLSearchParams({ view: 'cm', fs: '1', to: message.to, su: message.subject, body: message.body });
  return `https://mail.google.com/mail/?${params.toString()}`;
}

/** Outlook on the web's compose deep link with recipient, subject and body filled. */
export function outlookComposeUrl(message: ComposeMessage): string {
  const params = new URLSearchParams({ to: message.to, subject: message.subject, body: message.body });
  return `https://outlook.office.com/mail/deeplink/compose?${params.toString()}`;
}

/** The compose URL for the user's mail provider. */
export function composeUrl(provider: MailProvider, message: ComposeMessage): string {
  return provider === 'outlook' ? outlookComposeUrl(message) : gmailComposeUrl(message);
}
