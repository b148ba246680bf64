/**
 * Public webmail domains: an address there says nothing about the person's company, and two people
 * on gmail.com are not colleagues. Shared by the mail extractors (company domain), lib/mail (who
 * counts as the mailbox owner's colleague) and lib/db's address summary (addresses at a company).
 */
const FREE_MAIL = new Set(
  'gmail.com googlemail.com outlook.com hotmail.com hotmail.co.uk live.com msn.com yahoo.com yahoo.co.uk ymail.com icloud.com me.com mac.com aol.com proton.me protonmail.com gmx.com gmx.de gmx.net web.de mail.com zoho.com yandex.com fastmail.com hey.com tutanota.com orange.fr free.fr laposte.net libero.it t-online.de qq.com 163.com naver.com'.split(
    ' ',
  ),
);

/** True for a public webmail domain (gmail.com, outlook.com, …). */
export function isFreeMailDomain(domain: string): boolean {
  return FREE_MAIL.has(domain.toLowerCase());
}

/** The domain of an address, lower-cased ("" when there is none). */
export function domainOfEmail(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}
