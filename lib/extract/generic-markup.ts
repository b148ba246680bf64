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
function propValue(element: Element, base: string): string | undefined {
  const content = element.getAttribute('content');
  if (content !== null) return content;
  const link = element.matches('a, link, area')
    ? element.getAttribute('href')
    : element.matches('img, audio, video, source, embed, iframe')
      ? element.getAttribute('src')
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
  let seen = 0;
  for (const element of doc.querySelectorAll('[itemprop]')) {
    if (++seen > MAX_PROPS) break;
    const owner = element.parentElement?.closest('[itemscope]');
    if (!owner || !items.has(owner)) continue;
    const names = (element.getAttribute('itemprop') ?? '').split(/\s+/).filter(Boolean).map(schemaName);
    add(items.get(owner)!, names, element.hasAttribute('itemscope') ? items.get(element) : propValue(element, base));
  }
  return scopes.filter((scope) => !scope.hasAttribute('itemprop') || !scope.parentElement?.closest('[itemscope]')).map(thingOf);
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
      return rest !== undefined && prefix && bound?.has(prefix) && !/^https?$/i.test(prefix) ? rest : schemaName(term);
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
    add(items.get(owner)!, rdfaTerms(element, 'property', cache), nested ? items.get(element) : propValue(element, base));
  }
  return scopes
    .filter((scope) => !scope.hasAttribute('property') || !scope.parentElement?.closest('[typeof]'))
    .map((scope) => items.get(scope)!);
}
