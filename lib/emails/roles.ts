import { isFreeMailDomain } from '../keys';

/**
 * Addresses of a function, not a person (info@, sales@, hello@): they never teach a personal
 * pattern. Compared without separators, so `customer-service@` and `customer.service@` match.
 */
const ROLE_LOCALS = new Set(
  `info hello hi hey contact contactus sales support help helpdesk admin administrator office team hr jobs careers recruiting recruitment
  press media pr marketing billing accounts accounting finance invoices payments enquiries enquiry inquiries inquiry noreply donotreply
  notifications notification mailer webmaster postmaster hostmaster abuse privacy legal compliance security partners partnerships
  bookings booking reservations reception frontdesk service customerservice customercare care orders shop store events news newsletter
  feedback general mail email all staff everyone dev devs engineering it ops operations procurement purchasing investors ir talent
  welcome studio hq team members community social cs success customersuccess`.split(/\s+/),
);

/** True for a role address (info@, sales@, no-reply@ …). */
export function isRoleAddress(email: string): boolean {
  const local = email.slice(0, email.lastIndexOf('@')).toLowerCase().replace(/\+.*$/, '');
  return ROLE_LOCALS.has(local.replace(/[._-]/g, '')) || /^(no-?reply|do-?not-?reply)/.test(local);
}

/** A domain as addresses use it: lower-case, without `www.` or a trailing dot ("" when there is none). */
export function normaliseDomain(domain: string | undefined): string {
  if (!domain) return '';
  let text = domain.trim().toLowerCase();
  try {
    if (/^[a-z]+:\/\//.test(text)) text = new URL(text).hostname;
  } catch {
    return '';
  }
  text = text
    .replace(/\/.*$/, '')
    .replace(/\.$/, '')
    .replace(/^www\./, '');
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(text) ? text : '';
}

/** True for a public webmail domain: colleagues there share no pattern. */
export function isFreeMail(domain: string): boolean {
  return isFreeMailDomain(domain) || /^(yahoo|hotmail|outlook|live|gmx|yandex|mail|aol)\.[a-z.]+$/.test(domain);
}
