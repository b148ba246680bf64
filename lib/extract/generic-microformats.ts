import { mf2 } from 'microformats-parser';
import { cleanPhone, cleanUrl, textOf } from './clean';
import { pageBase, type Found } from './generic-found';

/**
 * h-card (microformats2) and its microformats v1 ancestor vCard (`vcard`, `fn`, `n`, `org`,
 * `title`, `role`, `tel`, `adr`, `email`), read with the reference parser (microformats-parser):
 * it applies the spec's implied `name`, `url` and `photo` and the v1 backward-compatible class
 * mapping. It parses HTML text, so only the page's microformat roots are handed to it, never the
 * whole page; and it runs only in the injected page reader and extension pages (about 40 KB),
 * never in the standing content scripts.
 */

type Item = ReturnType<typeof mf2>['items'][number];
type Value = Item['properties'][string][number];

const ROOTS =
  '.h-card, .vcard, .h-entry, .hentry, .h-feed, .hfeed, .h-event, .vevent, .h-review, .hreview, .h-cite, .h-product, .hproduct, .h-recipe, .hrecipe, .h-resume, .hresume';
// People inside these are other people: a review's author, a quoted post, a comment.
const OTHER_PEOPLE = new Set(['h-review', 'h-cite', 'h-review-aggregate']);
const OTHER_PROPERTIES = new Set([
  'comment',
  'like',
  'repost',
  'bookmark',
  'in-reply-to',
  'like-of',
  'repost-of',
  'reviewer',
  'attendee',
  'invitee',
  'category',
]);
const MAX_ROOTS = 40;
// Company legal forms that end an organisation's name, never a person's. The short ones count only as
// written by companies ("AB", "Oy"): "Ana Sa" is a person.
const LEGAL_FORM_WORD =
  /[\s,](ltd|limited|llc|l\.l\.c\.|inc|incorporated|corp|corporation|gmbh|plc|llp|pty|sarl|s\.a\.r\.l\.|s\.p\.a\.|co\.|company)\.?$/i;
const LEGAL_FORM_SHORT = /[\s,](AB|AS|A\/S|ApS|AG|SA|S\.A\.|SL|S\.L\.|SRL|S\.r\.l\.|BV|B\.V\.|NV|N\.V\.|Oy|Oyj|KK|K\.K\.|SAS|SpA)$/;
const hasLegalForm = (name: string) => LEGAL_FORM_WORD.test(name) || LEGAL_FORM_SHORT.test(name);
const MAX_ROOT_HTML = 300_000;
export const HCARD = 'hCard';
export const VCARD = 'vCard';

const str = (value: Value | undefined): string | undefined => {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value;
  if ('html' in value) return value.value;
  if ('alt' in value && !('properties' in value)) return value.value;
  const item = value as Item;
  return typeof item.value === 'string' ? item.value : str(item.properties.name?.[0]);
};
const first = (item: Item, ...names: string[]) => names.map((name) => str(item.properties[name]?.[0])?.trim()).find(Boolean);

/**
 * The person's phone in a card with several: v1's `tel` with `type` parts ("work", "cell", "fax")
 * and `value` parts, read from the markup because mf2 keeps the value only. Never a fax or pager;
 * mobile, then work, then the first.
 */
function phoneOf(card: Element, parsed: string[]): string | undefined {
  const tels = ownProperties(card, '.tel, .p-tel, .u-tel').map((element) => {
    const types = [...element.querySelectorAll('.type')]
      .map((type) => (type.getAttribute('title') ?? textOf(type) ?? '').toLowerCase())
      .join(' ');
    const parts = [...element.querySelectorAll('.value, .value-title')].map(
      (part) => part.getAttribute('title') ?? part.getAttribute('value') ?? textOf(part) ?? '',
    );
    const href = element.matches('a[href^="tel:" i]') ? element.getAttribute('href') : null;
    const text = element.matches('.u-tel') ? null : (element.getAttribute('value') ?? element.getAttribute('title') ?? textOf(element));
    return { types, phone: cleanPhone(parts.length ? parts.join('') : text) ?? cleanPhone(href) };
  });
  const usable = tels.filter((tel) => tel.phone && !/\b(fax|pager|telefax)\b/.test(tel.types));
  if (!tels.length) return parsed.map(cleanPhone).find(Boolean);
  return (usable.find((tel) => /\b(cell|mobile)\b/.test(tel.types)) ?? usable.find((tel) => /\bwork\b/.test(tel.types)) ?? usable[0])
    ?.phone;
}

const CARD = '.h-card, .vcard';

/** The elements matching `selector` that belong to this card, not to a card nested in it (an org card's own phone). */
function ownProperties(card: Element, selector: string): Element[] {
  return [...card.querySelectorAll(selector)].filter((element) => element.parentElement?.closest(CARD) === card || !card.matches(CARD));
}

const ROOT_CLASS = /^h-[a-z0-9]+(-[a-z0-9]+)*$/;
// Only p-* and e-* properties (and nested microformats) stop a name from being implied.
const PROPERTY_CLASS = /^(p|e)-[a-z0-9]+(-[a-z0-9]+)*$/;
const classes = (element: Element) => (element.getAttribute('class') ?? '').split(/\s+/);
const elementChildren = (element: Element) => [...element.children];

/**
 * The spec's implied name, where the parser takes the first child's alt or title even when that
 * child is not the only one ("avatar" for a card holding an image and a name): used only for an
 * mf2 card with no property or nested microformat inside it.
 */
function impliedName(root: Element): string | undefined {
  const own = (element: Element, tags: string, attribute: string) =>
    element.matches(tags) && !classes(element).some((name) => ROOT_CLASS.test(name))
      ? element.getAttribute(attribute)?.trim() || undefined
      : undefined;
  const direct = (element: Element) => own(element, 'img, area', 'alt') ?? own(element, 'abbr', 'title');
  const onlyChild = (element: Element) => {
    const children = elementChildren(element);
    return children.length === 1 ? direct(children[0]!) : undefined;
  };
  const self = root.matches('img, area')
    ? root.getAttribute('alt')?.trim()
    : root.matches('abbr[title]')
      ? root.getAttribute('title')?.trim()
      : undefined;
  if (self) return self;
  const nested = elementChildren(root);
  const fromChild =
    onlyChild(root) ??
    (nested.length === 1 && !classes(nested[0]!).some((name) => ROOT_CLASS.test(name)) ? onlyChild(nested[0]!) : undefined);
  if (fromChild) return fromChild;
  let text = '';
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) text += child.textContent ?? '';
      else if (child.nodeType === 1) {
        const element = child as Element;
        if (element.matches('script, style, template')) continue;
        if (element.matches('img')) text += ` ${element.getAttribute('alt') ?? ''} `;
        else walk(element);
      }
    }
  };
  walk(root);
  return text.replace(/\s+/g, ' ').trim() || undefined;
}

/** Whether an mf2 card has no property and no microformat inside it: its name is then implied from the markup. */
function hasNoProperties(root: Element): boolean {
  return ![...root.querySelectorAll('[class]')].some((element) =>
    classes(element).some((name) => PROPERTY_CLASS.test(name) || ROOT_CLASS.test(name)),
  );
}

/** What the page's cards say: people, organisations (a card named by its org), and bylines (a post's author card). */
export interface MicroformatsFound {
  people: Found[];
  organizations: Found[];
  bylines: Found[];
}

function addressOf(item: Item): string | undefined {
  const adr = item.properties.adr?.[0];
  const parts = (source: Item) =>
    [first(source, 'locality'), first(source, 'region'), first(source, 'country-name')].filter(Boolean).join(', ');
  if (adr && typeof adr === 'object' && 'properties' in adr) return parts(adr) || str(adr);
  return parts(item) || str(adr) || first(item, 'label');
}

function cardFields(item: Item, base: string): Found['fields'] & { org?: string } {
  const given = first(item, 'given-name');
  const family = first(item, 'family-name');
  const urls = (item.properties.url ?? []).map(str).filter((url): url is string => !!url);
  return {
    fullName: first(item, 'name') ?? ([given, family].filter(Boolean).join(' ') || undefined),
    firstName: given,
    lastName: family,
    title: first(item, 'job-title', 'title', 'role'),
    company: first(item, 'org'),
    email: (item.properties.email ?? []).map(str).map(emailOf).find(Boolean),
    location: addressOf(item),
    linkedinUrl: urls.find((url) => /linkedin\.com\/in\//i.test(url)),
    websiteUrl: urls.map((url) => (/linkedin\.com/i.test(url) ? undefined : cleanUrl(url, base))).find(Boolean),
  };
}

/**
 * The address a u-email gives: a mailto link, or text, which the parser resolves like any u-* value
 * ("ana@x.example" written as text comes back as "https://page.example/ana@x.example").
 */
function emailOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  if (/^https?:/i.test(value)) return /\/([^/?#]+@[^/?#]+)$/.exec(value)?.[1];
  return value;
}

const fold = (text: string | undefined) => text?.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Each root element with the item the parser makes of it. The roots are parsed as one document (the
 * parser's cost is mostly per call); each root is one microformat, so items and roots pair in order.
 */
function parsedRoots(roots: readonly Element[], base: string): Array<[Element, Item]> {
  const kept: Element[] = [];
  let size = 0;
  for (const root of roots) {
    const length = root.outerHTML.length;
    if (size + length > MAX_ROOT_HTML) break;
    size += length;
    kept.push(root);
  }
  const parse = (html: string) => {
    try {
      return mf2(html, { baseUrl: base }).items;
    } catch {
      return [];
    }
  };
  const items = parse(kept.map((root) => root.outerHTML).join('\n'));
  if (items.length === kept.length) return kept.map((root, index) => [root, items[index]!]);
  // Markup the parser read differently from the page (a root it did not take for one): one by one.
  return kept.flatMap((root) => {
    const [item] = parse(root.outerHTML);
    return item ? [[root, item] as [Element, Item]] : [];
  });
}

/**
 * What the parser leaves out or reads differently from the specs, read from the card's own markup:
 * the implied name of an mf2 card with no properties (the parser takes a first image's alt even
 * beside other text), v1's `organization-name` inside `org`, and v1 properties written on the root
 * itself (`<a class="vcard fn url">`), which the parser skips.
 */
function readFromMarkup(element: Element, fields: Found['fields'], legacy: boolean, base: string): void {
  if (!legacy && element.matches('.h-card') && hasNoProperties(element)) fields.fullName = impliedName(element) ?? fields.fullName;
  const orgName = ownProperties(element, legacy ? '.org .organization-name' : '.p-org .p-organization-name, .p-organization-name')[0];
  if (orgName) fields.company = textOf(orgName) ?? fields.company;
  if (legacy && !fields.fullName && element.matches('.fn')) {
    fields.fullName = element.matches('img, area')
      ? (element.getAttribute('alt') ?? undefined)
      : element.matches('abbr')
        ? (element.getAttribute('title') ?? undefined)
        : textOf(element);
  }
  if (legacy && !fields.websiteUrl && element.matches('a.url[href]')) fields.websiteUrl = cleanUrl(element.getAttribute('href'), base);
}

/** The page's h-cards and vCards, sorted into people, organisations and bylines. */
export function microformatsFound(doc: Document, pageUrl: URL): MicroformatsFound {
  const result: MicroformatsFound = { people: [], organizations: [], bylines: [] };
  const roots = [...doc.querySelectorAll(ROOTS)].filter((element) => !element.parentElement?.closest(ROOTS)).slice(0, MAX_ROOTS);
  const base = pageBase(doc, pageUrl);
  for (const [root, parsed] of parsedRoots(roots, base)) {
    const legacy = !root.matches('[class*="h-"]');
    const cards: Array<{ item: Item; role: 'card' | 'byline' }> = [];
    const walk = (item: Item, property: string | undefined, inOther: boolean) => {
      const other = inOther || (item.type ?? []).some((type) => OTHER_PEOPLE.has(type)) || OTHER_PROPERTIES.has(property ?? '');
      if (!other && (item.type ?? []).includes('h-card') && property !== 'org' && property !== 'location') {
        cards.push({ item, role: property === 'author' ? 'byline' : 'card' });
      }
      for (const [name, values] of Object.entries(item.properties)) {
        for (const value of values) if (value && typeof value === 'object' && 'properties' in value) walk(value, name, other);
      }
      for (const child of item.children ?? []) walk(child, undefined, other);
    };
    walk(parsed, undefined, false);
    const strategy = legacy ? VCARD : HCARD;
    // Each card's own element, to find the links written inside it (one root may hold several cards).
    const elements = [...root.querySelectorAll(CARD)];
    for (const { item, role } of cards) {
      const fields = cardFields(item, base);
      const tels = (item.properties.tel ?? []).map(str).filter((tel): tel is string => !!tel);
      const name = fold(fields.fullName);
      const index = item === parsed ? -1 : elements.findIndex((candidate) => !name || fold(textOf(candidate, 100_000))?.includes(name));
      const element = index >= 0 ? elements.splice(index, 1)[0]! : root;
      readFromMarkup(element, fields, legacy, base);
      // A card whose name is its organisation ("fn org", an org equal to the name, or a name with a
      // legal form such as "Ltd" or "GmbH") is the organisation.
      if (fields.fullName && (fold(fields.fullName) === fold(fields.company) || hasLegalForm(fields.fullName))) {
        result.organizations.push({
          strategy,
          element,
          fields: { company: fields.fullName, websiteUrl: fields.websiteUrl, headquarters: fields.location },
        });
        continue;
      }
      fields.phone = phoneOf(element, tels);
      // A byline card names its author and links an author page, and says nothing else about them.
      const byline = role === 'byline' || element.matches('.author, .p-author, [rel~="author"]');
      const found: Found = { strategy, element, fields };
      if (byline && !fields.email && !fields.phone && !fields.title && !fields.company) result.bylines.push(found);
      else result.people.push(found);
    }
  }
  return result;
}

/** Whether a card's url (or rel=me link) is the page itself: the card then speaks for the page. */
export function isRepresentative(found: Found, pageUrl: URL): boolean {
  const links = found.element?.querySelectorAll('.u-url, .u-uid, .url, [rel~="me"]') ?? [];
  const here = pageUrl.href.replace(/[#?].*$/, '').replace(/\/$/, '');
  return [...links, ...(found.element?.matches('a.h-card, a.u-url') ? [found.element] : [])].some((link) => {
    const raw = link.getAttribute('href')?.trim();
    // A template's placeholder link ("#") points nowhere: it does not make a card the page's own.
    if (!raw || raw.startsWith('#')) return false;
    const href = cleanUrl(raw, pageUrl.href);
    return href !== undefined && href.replace(/[#?].*$/, '').replace(/\/$/, '') === here;
  });
}
