import { cleanUrl, textOf } from './clean';
import type { Found } from './generic-found';

/**
 * People marked up in the page's HTML: schema.org microdata, hCard (microformats2) and the legacy
 * vCard classes. Read from the DOM directly (not through a microformats parser that re-parses the
 * HTML string: that costs a large page hundreds of milliseconds and the injected script its size).
 * People inside reviews and comments are other people, and are skipped.
 */

const OTHER_PEOPLE = '[itemtype*="Review" i], [itemtype*="Comment" i], .h-cite, .h-review, .p-comment, .u-comment, .comment, .comments';
const MAX_CARDS = 100;

/** A microdata property's value: `content`, a link's href, a time's datetime, or the text. */
function propValue(element: Element): string | undefined {
  const nested = element.hasAttribute('itemscope') ? element.querySelector('[itemprop="name"]') : null;
  if (nested) return textOf(nested);
  return (
    element.getAttribute('content') ??
    (element.matches('a, link') ? element.getAttribute('href') : null) ??
    (element.matches('time') ? element.getAttribute('datetime') : null) ??
    textOf(element)
  );
}

/** Microdata `Person` items: each property whose nearest item scope is the person. */
export function microdataFound(doc: Document): Found[] {
  const found: Found[] = [];
  for (const scope of doc.querySelectorAll('[itemscope][itemtype*="schema.org/Person" i]')) {
    if (found.length >= MAX_CARDS || scope.parentElement?.closest(OTHER_PEOPLE)) continue;
    const props = new Map<string, string | undefined>();
    for (const element of scope.querySelectorAll('[itemprop]')) {
      // A property belongs to the nearest item above it (a nested worksFor item owns its own name).
      const owner = element.parentElement?.closest('[itemscope]');
      if (owner !== scope) continue;
      for (const name of (element.getAttribute('itemprop') ?? '').split(/\s+/)) {
        if (!props.has(name)) props.set(name, element.matches('[itemprop~="address"][itemscope]') ? addressText(element) : propValue(element));
      }
    }
    const links = [props.get('url'), props.get('sameAs')];
    found.push({
      strategy: 'microdata',
      element: scope,
      fields: {
        fullName: props.get('name') ?? ([props.get('givenName'), props.get('familyName')].filter(Boolean).join(' ') || undefined),
        firstName: props.get('givenName'),
        lastName: props.get('familyName'),
        title: props.get('jobTitle'),
        company: props.get('worksFor') ?? props.get('affiliation'),
        email: props.get('email'),
        phone: props.get('telephone'),
        location: props.get('address') ?? props.get('homeLocation'),
        linkedinUrl: links.find((url) => url && /linkedin\.com\/in\//i.test(url)),
        websiteUrl: links.find((url) => url && !/linkedin\.com/i.test(url)),
      },
    });
  }
  return found;
}

function addressText(scope: Element): string | undefined {
  const part = (name: string) => textOf(scope.querySelector(`[itemprop="${name}"]`));
  return [part('addressLocality'), part('addressRegion'), part('addressCountry')].filter(Boolean).join(', ') || textOf(scope);
}

/** Class names per property: microformats2 first, then the legacy vCard class. */
const HCARD = {
  name: ['.p-name', '.fn'],
  given: ['.p-given-name', '.given-name'],
  family: ['.p-family-name', '.family-name'],
  email: ['.u-email', '.email'],
  org: ['.p-org', '.org'],
  title: ['.p-job-title', '.title'],
  tel: ['.p-tel', '.tel'],
  url: ['.u-url', '.url'],
  place: ['.p-locality', '.locality'],
  country: ['.p-country-name', '.country-name'],
} as const;

/** hCard (`.h-card`) and legacy vCard (`.vcard`) people, outside comments and reviews and not nested in another card. */
export function microformatsFound(doc: Document, pageUrl: URL): Found[] {
  const cards = [...doc.querySelectorAll('.h-card, .vcard')].filter(
    (card) => !card.parentElement?.closest(`${OTHER_PEOPLE}, .h-card, .vcard`),
  );
  // A "representative" hCard (its u-url is this page, or it is rel=me) speaks for the page: others are mentions.
  const representative = cards.filter((card) => {
    const url = card.querySelector('.u-url, .u-uid, [rel~="me"]')?.getAttribute('href');
    try {
      return url !== null && url !== undefined && new URL(url, pageUrl).href.replace(/\/$/, '') === pageUrl.href.replace(/\/$/, '');
    } catch {
      return false;
    }
  });
  const people: Found[] = [];
  for (const card of (representative.length ? representative : cards).slice(0, MAX_CARDS)) {
    const legacy = !card.classList.contains('h-card');
    const pick = (kind: keyof typeof HCARD) => card.querySelector(HCARD[kind][legacy ? 1 : 0]);
    const value = (kind: keyof typeof HCARD) => {
      const element = pick(kind);
      if (!element) return undefined;
      if (element.matches('.h-card')) return textOf(element.querySelector('.p-name') ?? element);
      return (element.matches('a') ? element.getAttribute('href') : null) ?? element.getAttribute('value') ?? textOf(element);
    };
    const given = value('given');
    const family = value('family');
    // An hCard with no name property is named by its own text (microformats' "implied name").
    const implied = !card.children.length ? textOf(card) : undefined;
    const urls = [...card.querySelectorAll(legacy ? '.url' : '.u-url, .u-uid, [rel~="me"]')].map((link) => link.getAttribute('href') ?? '');
    const name = (pick('name') ? textOf(pick('name')) : undefined) ?? ([given, family].filter(Boolean).join(' ') || implied);
    // A card whose name is its organisation ("fn org") describes a company, not a person.
    if (name && name === value('org')) continue;
    people.push({
      strategy: legacy ? 'vCard' : 'hCard',
      element: card,
      fields: {
        fullName: name,
        firstName: given,
        lastName: family,
        email: value('email'),
        company: value('org'),
        title: value('title'),
        phone: value('tel'),
        location: [textOf(pick('place')), textOf(pick('country'))].filter(Boolean).join(', ') || undefined,
        linkedinUrl: urls.find((url) => /linkedin\.com\/in\//i.test(url)),
        websiteUrl: urls.map((url) => (/linkedin\.com/i.test(url) ? undefined : cleanUrl(url, pageUrl.href))).find(Boolean),
      },
    });
  }
  return people;
}
