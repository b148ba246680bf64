import { foldText } from '../leads/identity';
import type { ProspectDraft } from '../model';
import { cleanName, cleanPhone, mailtoAddresses, textOf, titleWithoutSiteName } from './clean';
import { isRoleAddress, looksLikeName } from './contacts';
import { DraftBuilder, type Field } from './draft';
import type { Found } from './generic-found';
import { jsonLdFound } from './generic-jsonld';
import { microdataFound, microformatsFound } from './generic-markup';
import type { SiteExtractor } from './site';

/**
 * Any other page (a company's team page, a speaker page, a personal site): the people its structured
 * data describes (JSON-LD, microdata, hCard/vCard, OpenGraph profile), completed with the page's email
 * and phone links. Runs injected on demand (activeTab + scripting), never as a standing content script.
 */

// A page with thousands of links is read quickly: the first ones are enough to find a person's.
const MAX_LINKS = 500;
const MAX_LINK_DRAFTS = 50;
const EMAIL_LINK = 'email link';

interface Person {
  draft: DraftBuilder;
  elements: Element[];
}

interface Contact {
  email: string;
  label?: string;
  element: Element;
  used?: boolean;
}

const meta = (doc: Document, property: string) => doc.querySelector(`meta[property="${property}"]`)?.getAttribute('content');

/** An OpenGraph profile page (`og:type` = profile) names its person. */
function openGraphFound(doc: Document): Found[] {
  if (meta(doc, 'og:type')?.toLowerCase() !== 'profile') return [];
  const first = meta(doc, 'profile:first_name') ?? undefined;
  const last = meta(doc, 'profile:last_name') ?? undefined;
  const joined = [first, last].filter(Boolean).join(' ');
  return [
    {
      strategy: 'OpenGraph tags',
      fields: { fullName: joined || titleWithoutSiteName(meta(doc, 'og:title') ?? '', meta(doc, 'og:site_name') ?? ''), firstName: first, lastName: last },
    },
  ];
}

/** Folds what several strategies say about one person into one draft (same name or same email). */
function mergePeople(found: readonly Found[], url: URL): Person[] {
  const people: Person[] = [];
  const byKey = new Map<string, Person>();
  for (const item of found) {
    const name = cleanName(item.fields.fullName);
    const email = mailtoAddresses(item.fields.email ?? '')[0];
    const keys = [name && `n:${foldText(name)}`, email && `e:${email}`].filter((key): key is string => !!key);
    if (!keys.length) continue;
    let person = keys.map((key) => byKey.get(key)).find(Boolean);
    if (!person) {
      person = { draft: new DraftBuilder('web', url.href), elements: [] };
      people.push(person);
    }
    for (const key of keys) byKey.set(key, person);
    if (item.element) person.elements.push(item.element);
    for (const [field, value] of Object.entries(item.fields) as [Field, string | undefined][]) {
      person.draft.set(field, value, item.strategy);
    }
  }
  return people;
}

/** The page's email links, one per address, with the link text when it reads as a name. */
function emailLinks(doc: Document): Contact[] {
  const contacts = new Map<string, Contact>();
  let seen = 0;
  for (const link of doc.querySelectorAll('a[href^="mailto:" i]')) {
    if (++seen > MAX_LINKS) break;
    const label = cleanName(textOf(link, 80));
    for (const email of mailtoAddresses(link.getAttribute('href') ?? '')) {
      if (!contacts.has(email)) contacts.set(email, { email, element: link, label: looksLikeName(label) ? label : undefined });
    }
  }
  return [...contacts.values()];
}

/** True when an address's local part contains the person's first or last name ("amara.o@", "okonkwo@"). */
function addressNames(email: string, fullName: string | undefined): boolean {
  const local = foldText(email.split('@')[0] ?? '').replace(/\s+/g, '');
  return foldText(fullName ?? '')
    .split(' ')
    .some((word) => word.length >= 3 && local.includes(word));
}

/**
 * Gives people without an email the address linked inside their own markup, or one named after them.
 * A person the page describes without markup (JSON-LD, OpenGraph) and alone on it also gets the page's
 * only personal address. Shared mailboxes (info@, sales@) and other leftovers become alternates:
 * a conference's speakers@ is not its speaker's address.
 */
function assignEmails(people: Person[], contacts: Contact[]): void {
  for (const person of people) {
    if (person.draft.get('email')) continue;
    const free = contacts.filter((contact) => !contact.used);
    const match =
      free.find((contact) => person.elements.some((element) => element.contains(contact.element))) ??
      free.find((contact) => !isRoleAddress(contact.email) && addressNames(contact.email, person.draft.get('fullName')));
    if (match && person.draft.set('email', match.email, EMAIL_LINK)) match.used = true;
  }
  if (people.length !== 1) return;
  const [only] = people as [Person];
  const personal = contacts.filter((contact) => !contact.used && !isRoleAddress(contact.email));
  if (!only.elements.length && personal.length === 1) only.draft.set('email', personal[0]?.email, EMAIL_LINK);
  only.draft.alternates('emails', contacts.map((contact) => contact.email));
}

/** Phone links inside a person's markup; a person described without markup and alone on the page gets the first. */
function assignPhones(doc: Document, people: Person[]): void {
  const phones = [...doc.querySelectorAll('a[href^="tel:" i]')].slice(0, 50).flatMap((link) => {
    const phone = cleanPhone(link.getAttribute('href'));
    return phone ? [{ phone, link }] : [];
  });
  for (const person of people) {
    const inside = phones.find(({ link }) => person.elements.some((element) => element.contains(link)));
    const alone = people.length === 1 && !person.elements.length ? phones[0] : undefined;
    person.draft.set('phone', (inside ?? alone)?.phone, 'phone link');
    if (people.length === 1) person.draft.alternates('phones', phones.map(({ phone }) => phone));
  }
}

/** Pages that name nobody in structured data: one draft per personal email link that names its person. */
function linkPeople(contacts: Contact[], url: URL): ProspectDraft[] {
  return contacts
    .filter((contact) => !isRoleAddress(contact.email))
    .slice(0, MAX_LINK_DRAFTS)
    .map((contact) => {
      const draft = new DraftBuilder('web', url.href);
      draft.set('fullName', contact.label, EMAIL_LINK);
      draft.set('email', contact.email, EMAIL_LINK);
      return draft.build();
    });
}

/** A page about an organisation and nobody in particular: the company, as a draft without a person. */
function organizationDraft(found: Found | undefined, url: URL): ProspectDraft[] {
  if (!found?.fields.company) return [];
  const draft = new DraftBuilder('web', url.href);
  for (const [field, value] of Object.entries(found.fields) as [Field, string | undefined][]) draft.set(field, value, found.strategy);
  return draft.get('company') ? [draft.build()] : [];
}

/** Any http(s) page: its people, or its email links' people, or its organisation. */
export const genericPage: SiteExtractor = {
  id: 'generic',
  matches: () => true,
  extract(doc, url) {
    const { people: described, organizations } = jsonLdFound(doc);
    const people = mergePeople([...described, ...microdataFound(doc), ...microformatsFound(doc, url), ...openGraphFound(doc)], url);
    const contacts = emailLinks(doc);
    if (!people.length) {
      const linked = linkPeople(contacts, url);
      return linked.length ? linked : organizationDraft(organizations[0], url);
    }
    assignEmails(people, contacts);
    assignPhones(doc, people);
    return people.map((person) => person.draft.build());
  },
};
