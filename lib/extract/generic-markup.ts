import { textOf } from './clean';
import { schemaName, type Thing } from './schema-org';

/**
 * Schema.org written into the page's HTML, as `Thing`s for the same interpreter as JSON-LD:
 * microdata (`itemscope`/`itemtype`/`itemprop`) and RDFa (`vocab`/`typeof`/`property`, with
 * `prefix` bindings and full IRIs). Read from the DOM directly, one pass over the property
 * elements: no second parse of the page's HTML.
 */

const MAX_ITEMS = 500;
const MAX_PROPS = 5000;

/** A property element's value as the syntaxes define it: content, link target, datetime, value, or text. */
function propValue(element: Element, base: string, rdfa = false): string | undefined {
  const content = element.getAttribute('content');
  if (content !== null) return content;
  // RDFa takes an IRI from `resource`, `href` or `src` on any element; microdata from the element's kind.
  const link = rdfa
    ? (element.getAttribute('resource') ?? element.getAttribute('href') ?? element.getAttribute('src'))
    : element.matches('a, link, area')
      ? element.getAttribute('href')
      : element.matches('img, audio, video, source, embed, iframe, track')
        ? element.getAttribute('src')
        : element.matches('object')
          ? element.getAttribute('data')
          : null;
  if (link !== null) {
    try {
      return new URL(link, base).href;
    } catch {
      return link;
    }
  }
  if (element.matches('time')) return element.getAttribute('datetime') ?? textOf(element, 2000);
  if (element.matches('data, meter')) return element.getAttribute('value') ?? textOf(element, 2000);
  return textOf(element, 2000);
}

// Properties whose value is text: written on a link (`<a itemprop="name" href=…>Ana Ruiz</a>`) they are its text, not its address.
const TEXT_PROPERTIES =
  /^(name|givenName|familyName|additionalName|alternateName|legalName|jobTitle|roleName|honorificPrefix|honorificSuffix)$/;

/** The value of a property element, its text for the properties that hold text. */
function valueFor(element: Element, names: readonly string[], base: string, rdfa = false): string | undefined {
  if (
    names.length &&
    names.every((name) => TEXT_PROPERTIES.test(name)) &&
    !element.hasAttribute('content') &&
    element.matches('a, area, link, [resource], [href], [src]')
  ) {
    return element.matches('img, area') ? (element.getAttribute('alt') ?? undefined) : textOf(element, 2000);
  }
  return propValue(element, base, rdfa);
}

function add(thing: Thing, names: readonly string[], value: string | Thing | undefined): void {
  if (value === undefined) return;
  for (const name of names) thing.props.set(name, [...(thing.props.get(name) ?? []), value]);
}

/** Microdata items that are no other item's property (the page's top-level items), with their properties. */
export function microdataThings(doc: Document, base: string): Thing[] {
  const items = new Map<Element, Thing>();
  const thingOf = (element: Element) => {
    let thing = items.get(element);
    if (!thing) {
      thing = { types: (element.getAttribute('itemtype') ?? '').split(/\s+/).filter(Boolean).map(schemaName), props: new Map(), element };
      items.set(element, thing);
    }
    return thing;
  };
  const scopes = [...doc.querySelectorAll('[itemscope]')].slice(0, MAX_ITEMS);
  for (const scope of scopes) thingOf(scope);
  // `itemref` lends an item the properties written under other elements of the page (by id).
  const lent = new Map<Element, Element>();
  for (const scope of scopes) {
    for (const id of (scope.getAttribute('itemref') ?? '').split(/\s+/).filter(Boolean).slice(0, 50)) {
      const target = doc.getElementById(id);
      if (target && !target.contains(scope) && !scope.contains(target)) lent.set(target, scope);
    }
  }
  let seen = 0;
  for (const element of doc.querySelectorAll('[itemprop]')) {
    if (++seen > MAX_PROPS) break;
    const borrowed = lent.size ? [...lent].find(([target]) => target.contains(element)) : undefined;
    const parentScope = element.parentElement?.closest('[itemscope]');
    // A property under a lent element belongs to the borrowing item unless an item inside the lent part holds it.
    const owner = borrowed && !(parentScope && borrowed[0].contains(parentScope)) ? borrowed[1] : parentScope;
    if (!owner || !items.has(owner)) continue;
    const names = (element.getAttribute('itemprop') ?? '').split(/\s+/).filter(Boolean).map(schemaName);
    add(items.get(owner)!, names, element.hasAttribute('itemscope') ? items.get(element) : valueFor(element, names, base));
  }
  const isProperty = (scope: Element) =>
    scope.hasAttribute('itemprop') &&
    (!!scope.parentElement?.closest('[itemscope]') || [...lent.keys()].some((target) => target.contains(scope)));
  return scopes.filter((scope) => !isProperty(scope)).map(thingOf);
}

/** The prefixes an element's `prefix` attributes (on it or above it) bind to schema.org. */
function rdfaPrefixes(element: Element): Set<string> {
  const bound = new Set<string>();
  for (let node: Element | null = element.closest('[prefix]'); node; node = node.parentElement?.closest('[prefix]') ?? null) {
    for (const [, name, iri] of (node.getAttribute('prefix') ?? '').matchAll(/([\w-]+):\s+(\S+)/g)) {
      if (name && /^(?:https?:\/\/)?(?:www\.)?schema\.org\/?$/i.test(iri ?? '')) bound.add(name);
    }
  }
  return bound;
}

/** RDFa terms as schema.org names: `vocab` terms, `schema:` and page-bound prefixes, full IRIs. */
function rdfaTerms(element: Element, attribute: string, cache: Map<Element, Set<string>>): string[] {
  const scope = element.closest('[prefix]');
  let bound = scope ? cache.get(scope) : undefined;
  if (scope && !bound) {
    bound = rdfaPrefixes(scope);
    cache.set(scope, bound);
  }
  return (element.getAttribute(attribute) ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((term) => {
      const [prefix, rest] = term.split(/:(.*)/s);
      if (rest !== undefined && prefix && bound?.has(prefix) && !/^https?$/i.test(prefix)) return rest;
      // A bare term belongs to the nearest `vocab`: under another vocabulary (FOAF) it is not schema.org's.
      const vocab = rest === undefined ? element.closest('[vocab]')?.getAttribute('vocab')?.trim() : undefined;
      return vocab && !/^(?:https?:\/\/)?(?:www\.)?schema\.org\/?$/i.test(vocab) ? `${vocab}${term}` : schemaName(term);
    });
}

/** RDFa items (`typeof`) that are no other item's property, with their properties. */
export function rdfaThings(doc: Document, base: string): Thing[] {
  const cache = new Map<Element, Set<string>>();
  const items = new Map<Element, Thing>();
  const scopes = [...doc.querySelectorAll('[typeof]')].slice(0, MAX_ITEMS);
  for (const scope of scopes) items.set(scope, { types: rdfaTerms(scope, 'typeof', cache), props: new Map(), element: scope });
  let seen = 0;
  for (const element of doc.querySelectorAll('[property]')) {
    if (++seen > MAX_PROPS) break;
    // `meta property="og:…"` is OpenGraph, not RDFa about an item.
    const nested = element.hasAttribute('typeof');
    const owner = nested ? element.parentElement?.closest('[typeof]') : element.closest('[typeof]');
    if (!owner || !items.has(owner)) continue;
    const names = rdfaTerms(element, 'property', cache);
    add(items.get(owner)!, names, nested ? items.get(element) : valueFor(element, names, base, true));
  }
  return scopes
    .filter((scope) => !scope.hasAttribute('property') || !scope.parentElement?.closest('[typeof]'))
    .map((scope) => items.get(scope)!);
}
