import { foldText } from '../keys';
import type { ProspectDraft } from '../model';
import { cleanName, cleanPhone, cleanUrl, mailtoAddresses, textOf, titleWithoutSiteName } from './clean';
import { isRoleAddress, looksLikeName } from './contacts';
import { DraftBuilder, type Field } from './draft';
import { pageBase, type Found } from './generic-found';
import { JSON_LD, jsonLdThings } from './generic-jsonld';
import { microdataThings, rdfaThings } from './generic-markup';
import { isRepresentative, microformatsFound } from './generic-microformats';
import { schemaOrgFound } from './schema-org';
import type { SiteExtractor } from './site';

/**
 * Any other page (a company's team page, a speaker page, a personal site): the people its structured
 * data describes (schema.org as JSON-LD, microdata or RDFa; h-card and vCard; an OpenGraph profile
 * when nothing else names anyone), one draft per person whatever the number of sources, completed
 * with the page's email and phone links; the organisations it describes as company drafts. An
 * article's author known only by a name and an author page is a byline (`pageBylines`), not a
 * prospect. Runs injected on demand (activeTab + scripting), never as a standing content script.
 */

// A page with thousands of links is read quickly: the first ones are enough to find a person's.
const MAX_LINKS = 500;
const MAX_LINK_DRAFTS = 50;
const MAX_COMPANIES = 5;
const EMAIL_LINK = 'email link';
export const OPEN_GRAPH = 'OpenGraph tags';

interface Person {
  draft: DraftBuilder;
  elements: Element[];
}

interface Contact {
  email: string;
  element: Element;
  used?: boolean;
}

const meta = (doc: Document, property: string) =>
  doc.querySelector(`meta[property="${property}"], meta[name="${property}"]`)?.getAttribute('content') ?? undefined;

/**
 * An OpenGraph profile page (`og:type` = profile) names its person; Twitter's card title stands in
 * for a missing `og:title`. Used only when no structured source on the page names anyone: a page's
 * title ("Speaker: Lena …", "Lena … – FieldOps Summit") is not a name.
 */
function openGraphFound(doc: Document): Found[] {
  if (meta(doc, 'og:type')?.toLowerCase() !== 'profile') return [];
  const first = meta(doc, 'profile:first_name');
  const last = meta(doc, 'profile:last_name');
  const joined = [first, last].filter(Boolean).join(' ');
  const title = meta(doc, 'og:title') ?? meta(doc, 'twitter:title') ?? '';
  return [
    {
      strategy: OPEN_GRAPH,
      fields: { fullName: joined || titleWithoutSiteName(title, meta(doc, 'og:site_name') ?? ''), firstName: first, lastName: last },
    },
  ];
}

// Honorifics and degrees around a name: "Dr. Lena Vasquez, PhD" and "Lena Vasquez" are one person.
const HONORIFICS = /^(dr|prof|professor|mr|mrs|ms|mx|miss|sir|dame|rev)\s+|\s+(phd|md|mba|jr|sr|esq|cpa)$/g;
const nameKey = (name: string) => {
  let key = foldText(name);
  for (let previous = ''; previous !== key;) [previous, key] = [key, key.replace(HONORIFICS, '').trim()];
  return key;
};

/**
 * Folds what several sources say about one person into one draft: the same name, email or LinkedIn
 * profile is the same person. Each field keeps the source it came from, the most reliable first
 * (JSON-LD, then microdata, RDFa, hCard/vCard, OpenGraph).
 */
function mergePeople(found: readonly Found[], url: URL, base: string): Person[] {
  const people: Person[] = [];
  const byKey = new Map<string, Person>();
  for (const item of found) {
    const name = cleanName(item.fields.fullName ?? [item.fields.firstName, item.fields.lastName].filter(Boolean).join(' '));
    const email = mailtoAddresses(item.fields.email ?? '')[0];
    const linkedin = item.fields.linkedinUrl && /linkedin\.com\/in\/([^/?#]+)/i.exec(item.fields.linkedinUrl)?.[1]?.toLowerCase();
    // First and last word alone join "Wilhelm August Ahlgren" and "Wilhelm Ahlgren" on one page.
    const words = name ? nameKey(name).split(' ') : [];
    const short = words.length > 2 ? `n:${words[0]} ${words[words.length - 1]}` : undefined;
    const keys = [name && `n:${nameKey(name)}`, short, email && `e:${email}`, linkedin && `l:${linkedin}`].filter(
      (key): key is string => !!key,
    );
    if (!keys.length) continue;
    let person = keys.map((key) => byKey.get(key)).find(Boolean);
    if (!person) {
      person = { draft: new DraftBuilder('web', url.href), elements: [] };
      people.push(person);
    }
    for (const key of keys) byKey.set(key, person);
    if (item.element) person.elements.push(item.element);
    for (const [field, value] of Object.entries(item.fields) as [Field, string | undefined][]) {
      // JSON-LD writes a person's page relative to this one as often as not.
      person.draft.set(field, field === 'websiteUrl' ? (cleanUrl(value, base) ?? value) : value, item.strategy);
    }
  }
  return people;
}

/**
 * Whether a link is written inside the person's own markup, and not inside another person's nested in
 * it (a team card holding its members' cards: each member's links are the member's).
 */
function ownLink(people: readonly Person[], person: Person, link: Element): boolean {
  const mine = person.elements.filter((element) => element.contains(link));
  if (!mine.length) return false;
  return !people.some(
    (other) =>
      other !== person &&
      other.elements.some((element) => element.contains(link) && mine.some((own) => own !== element && own.contains(element))),
  );
}

/** The page's email links, one per address (the first link to it). */
function emailLinks(doc: Document): Contact[] {
  const contacts = new Map<string, Contact>();
  let seen = 0;
  for (const link of doc.querySelectorAll('a[href^="mailto:" i]')) {
    if (++seen > MAX_LINKS) break;
    for (const email of mailtoAddresses(link.getAttribute('href') ?? '')) {
      if (!contacts.has(email)) contacts.set(email, { email, element: link });
    }
  }
  return [...contacts.values()];
}

/** A link's text when it reads as a person's name. Read only for the links that may become drafts. */
function linkLabel(link: Element): string | undefined {
  const label = cleanName(textOf(link, 80));
  return looksLikeName(label) ? label : undefined;
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
      free.find((contact) => ownLink(people, person, contact.element)) ??
      free.find((contact) => !isRoleAddress(contact.email) && addressNames(contact.email, person.draft.get('fullName')));
    if (match && person.draft.set('email', match.email, EMAIL_LINK)) match.used = true;
  }
  if (people.length !== 1) return;
  const [only] = people as [Person];
  const personal = contacts.filter((contact) => !contact.used && !isRoleAddress(contact.email));
  if (!only.elements.length && personal.length === 1) only.draft.set('email', personal[0]?.email, EMAIL_LINK);
  only.draft.alternates(
    'emails',
    contacts.map((contact) => contact.email),
  );
}

/** Phone links inside a person's markup; a person described without markup and alone on the page gets the first. */
function assignPhones(doc: Document, people: Person[]): void {
  const phones = [...doc.querySelectorAll('a[href^="tel:" i]')].slice(0, 50).flatMap((link) => {
    const phone = cleanPhone(link.getAttribute('href'));
    return phone ? [{ phone, link }] : [];
  });
  for (const person of people) {
    const inside = phones.find(({ link }) => ownLink(people, person, link));
    const alone = people.length === 1 && !person.elements.length ? phones[0] : undefined;
    person.draft.set('phone', (inside ?? alone)?.phone, 'phone link');
    if (people.length === 1)
      person.draft.alternates(
        'phones',
        phones.map(({ phone }) => phone),
      );
  }
}

// What a container may hold to be one person's card: beyond this it is a list or a page section.
const MAX_CARD_TEXT = 300;
const MAX_CARD_ELEMENTS = 60;
// Headings and bold text name a card's person before any other element: a cell's whole text runs
// the name into the line under it ("Rosa Lind<br>Buyer" reads "Rosa LindBuyer").
const NAME_MARKS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'b', 'th', 'dt']);
const NAME_HOLDERS = new Set([...NAME_MARKS, 'td', 'span', 'p', 'div', 'a']);
const isMailto = (element: Element) => element.localName === 'a' && /^mailto:/i.test(element.getAttribute('href') ?? '');

/**
 * The elements of a container small enough to be one person's card, in document order, or undefined
 * when it is not one: more text or elements than a card holds, or a second email link. One walk that
 * stops as soon as the container is too big: a list of a thousand people is never read whole.
 */
function cardElements(node: Element): Element[] | undefined {
  const elements: Element[] = [];
  let text = 0;
  let mailtos = 0;
  const walker = node.ownerDocument.createTreeWalker(node, 5 /* NodeFilter.SHOW_ELEMENT | SHOW_TEXT */);
  for (let current = walker.nextNode(); current; current = walker.nextNode()) {
    if (current.nodeType === 3) {
      text += current.nodeValue?.length ?? 0;
      if (text > MAX_CARD_TEXT) return undefined;
      continue;
    }
    const element = current as Element;
    if (elements.push(element) > MAX_CARD_ELEMENTS) return undefined;
    if (isMailto(element) && ++mailtos > 1) return undefined;
  }
  return elements;
}

/**
 * The name written next to an email link whose own text is not one ("Email", "Write to us"): in the
 * same table row, list item or card, when that is small enough to be one person's.
 */
function nameAround(link: Element): string | undefined {
  let node = link.parentElement;
  for (let depth = 0; node && depth < 3; depth++, node = node.parentElement) {
    // A container holding other people's links (a table, a list) is not this person's.
    const elements = cardElements(node);
    if (!elements) break;
    for (const holders of [NAME_MARKS, NAME_HOLDERS]) {
      for (const candidate of elements) {
        if (!holders.has(candidate.localName) || candidate.contains(link) || link.contains(candidate)) continue;
        const text = cleanName(textOf(candidate, 80));
        if (looksLikeName(text)) return text;
      }
    }
  }
  return undefined;
}

/**
 * Pages that name nobody in structured data: one draft per personal email link with a name on it or
 * next to it. An address alone (a "Write to our CTO" link) names nobody: it is not a person.
 */
function linkPeople(contacts: Contact[], url: URL): ProspectDraft[] {
  const drafts: ProspectDraft[] = [];
  let tried = 0;
  for (const contact of contacts) {
    if (isRoleAddress(contact.email)) continue;
    if (++tried > MAX_LINK_DRAFTS) break;
    const draft = new DraftBuilder('web', url.href);
    if (!draft.set('fullName', linkLabel(contact.element) ?? nameAround(contact.element), EMAIL_LINK)) continue;
    draft.set('email', contact.email, EMAIL_LINK);
    drafts.push(draft.build());
  }
  return drafts;
}

/** The organisations the page describes, one company draft each (the same name from several sources is one). */
function companyDrafts(found: readonly Found[], url: URL): ProspectDraft[] {
  const byName = new Map<string, DraftBuilder>();
  for (const item of found) {
    const name = item.fields.company && foldText(item.fields.company);
    if (!name) continue;
    const draft = byName.get(name) ?? new DraftBuilder('web', url.href);
    byName.set(name, draft);
    for (const [field, value] of Object.entries(item.fields) as [Field, string | undefined][]) draft.set(field, value, item.strategy);
  }
  return [...byName.values()]
    .filter((draft) => draft.get('company'))
    .slice(0, MAX_COMPANIES)
    .map((draft) => draft.build());
}

/** What a generic page holds: prospects and companies (the drafts), and the bylines kept apart from them. */
export interface GenericPage {
  drafts: ProspectDraft[];
  /** Authors credited on the page and known by name (and an author page) only: never a draft. */
  bylines: Array<{ name: string; url?: string }>;
}

/** Bylines outside structured data: `rel=author` links and `meta name=author`. */
function plainBylines(doc: Document, url: URL): Found[] {
  const links = [...doc.querySelectorAll('a[rel~="author" i]')].slice(0, 20).map((link) => ({
    strategy: 'author link',
    fields: {
      fullName: textOf(link, 120),
      websiteUrl: link.getAttribute('href') ? new URL(link.getAttribute('href')!, url).href : undefined,
    },
  }));
  const named = meta(doc, 'author');
  // Outside structured data only what reads as a person's name ("Editorial Team" is not one).
  return [...links, ...(named ? [{ strategy: 'author tag', fields: { fullName: named } }] : [])].filter((found) =>
    looksLikeName(cleanName(found.fields.fullName)),
  );
}

// The last reading of each document, so the injected reader gets its bylines without reading the page twice.
const lastRead = new WeakMap<Document, { href: string; page: GenericPage }>();

/** The bylines of the page `extract` just read (read again when it was another page). */
export function genericBylines(doc: Document, url: URL): GenericPage['bylines'] {
  const last = lastRead.get(doc);
  return last?.href === url.href ? last.page.bylines : readGenericPage(doc, url).bylines;
}

/** Reads any page: see the file's comment. */
export function readGenericPage(doc: Document, url: URL): GenericPage {
  const base = pageBase(doc, url);
  const sources = [
    schemaOrgFound(jsonLdThings(doc), JSON_LD),
    schemaOrgFound(microdataThings(doc, base), 'microdata'),
    schemaOrgFound(rdfaThings(doc, base), 'RDFa'),
  ];
  const cards = microformatsFound(doc, url);
  // A representative h-card (its url is this page, or rel=me) speaks for the page: the others are mentions.
  const representative = cards.people.filter((card) => isRepresentative(card, url));
  const structured = [...sources.flatMap((source) => source.people), ...(representative.length ? representative : cards.people)];
  // Someone described without a name (a Person with only an email) is not a prospect on their own.
  const people = mergePeople(structured.length ? structured : openGraphFound(doc), url, base).filter(
    (person) => person.draft.get('fullName') ?? person.draft.get('firstName') ?? person.draft.get('lastName'),
  );
  const contacts = emailLinks(doc);
  let drafts: ProspectDraft[];
  if (people.length) {
    assignEmails(people, contacts);
    assignPhones(doc, people);
    drafts = people.map((person) => person.draft.build());
  } else {
    drafts = linkPeople(contacts, url);
  }
  drafts.push(...companyDrafts([...sources.flatMap((source) => source.organizations), ...cards.organizations], url));
  const named = new Set(drafts.flatMap((draft) => (draft.fullName ? [nameKey(draft.fullName)] : [])));
  const bylines = new Map<string, { name: string; url?: string }>();
  for (const found of [...sources.flatMap((source) => source.bylines), ...cards.bylines, ...plainBylines(doc, url)]) {
    const name = cleanName(found.fields.fullName);
    if (!name || named.has(nameKey(name)) || bylines.has(nameKey(name))) continue;
    // JSON-LD writes author pages relative to the page as often as not.
    const link = cleanUrl(found.fields.websiteUrl, base);
    bylines.set(nameKey(name), { name, ...(link ? { url: link } : {}) });
  }
  const page = { drafts, bylines: [...bylines.values()].slice(0, 20) };
  lastRead.set(doc, { href: url.href, page });
  return page;
}

/** Any http(s) page: its people (or its email links' people) and its organisations. */
export const genericPage: SiteExtractor = {
  id: 'generic',
  matches: () => true,
  extract: (doc, url) => readGenericPage(doc, url).drafts,
};
