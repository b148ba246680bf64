import { schemaName, type Thing } from './schema-org';

/**
 * Schema.org JSON-LD (`script[type="application/ld+json"]`) as `Thing`s: `@graph` and arrays
 * flattened, `@id` references resolved to the item they name (one item however often it is named),
 * compact (`Person`), prefixed (`schema:Person`) and full-IRI (`https://schema.org/Person`) terms
 * read alike, `@value` objects as their value. Parsed defensively: a broken block is skipped, and
 * oversized blocks and deep or huge graphs are cut short.
 */

type Node = Record<string, unknown>;

const MAX_BLOCK = 1_000_000;
const MAX_NODES = 2000;
export const JSON_LD = 'structured data (JSON-LD)';

const isNode = (value: unknown): value is Node => !!value && typeof value === 'object' && !Array.isArray(value);

/** Prefixes a block's `@context` binds to schema.org (`"s": "https://schema.org/"`). */
function schemaPrefixes(context: unknown, into: Set<string>): void {
  for (const item of [context].flat()) {
    if (!isNode(item)) continue;
    for (const [key, value] of Object.entries(item)) {
      if (typeof value === 'string' && /^(?:https?:\/\/)?(?:www\.)?schema\.org\/?$/i.test(value.trim())) into.add(key);
    }
  }
}

/**
 * A block as JSON, forgiving what sites commonly get wrong and browsers' readers accept: HTML comment
 * or CDATA wrappers, raw line breaks inside strings. Anything else broken (a trailing comma, a
 * missing quote) is a broken block: it describes nobody.
 */
function parseLenient(source: string): unknown {
  try {
    return JSON.parse(source);
  } catch {
    const repaired = source
      .replace(/^\s*(?:\/\*\s*)?(?:<!--|<!\[CDATA\[)\s*(?:\*\/)?/, '')
      .replace(/(?:\/\*\s*)?(?:-->|\]\]>)\s*(?:\*\/)?\s*$/, '')
      // eslint-disable-next-line no-control-regex -- raw control characters are what breaks these blocks
      .replace(/[\u0000-\u001f]+/g, ' ');
    try {
      return JSON.parse(repaired);
    } catch {
      return undefined;
    }
  }
}

/** Every top-level item of the page's JSON-LD blocks, as Things. */
export function jsonLdThings(doc: Document): Thing[] {
  const blocks: unknown[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    const source = script.textContent ?? '';
    if (source.length > MAX_BLOCK) continue;
    const block = parseLenient(source);
    if (block !== undefined) blocks.push(block);
  }
  const prefixes = new Set<string>();
  const byId = new Map<string, Node>();
  const tops: Node[] = [];
  let count = 0;
  // First pass: the items, and what each `@id` names (a reference and its definition may come in any order).
  const index = (value: unknown, depth: number, top: boolean) => {
    if (depth > 12 || count >= MAX_NODES) return;
    if (Array.isArray(value)) {
      for (const item of value) index(item, depth + 1, top);
      return;
    }
    if (!isNode(value)) return;
    count += 1;
    if ('@context' in value) schemaPrefixes(value['@context'], prefixes);
    const id = value['@id'];
    if (typeof id === 'string' && Object.keys(value).some((key) => key !== '@id' && key !== '@context'))
      byId.set(id, byId.get(id) ?? value);
    if ('@graph' in value) index(value['@graph'], depth + 1, top);
    if (top && ('@type' in value || !('@graph' in value))) tops.push(value);
    for (const [key, child] of Object.entries(value)) if (key !== '@graph' && key !== '@context') index(child, depth + 1, false);
  };
  for (const block of blocks) index(block, 0, true);

  const term = (name: string) => {
    const local = schemaName(name);
    const [prefix, rest] = local.split(/:(.*)/s);
    return rest !== undefined && prefix && prefixes.has(prefix) && !/^https?$/i.test(prefix) ? rest : local;
  };
  const made = new Map<Node, Thing>();
  // Nodes with one @id are one item, however many objects describe it (an author inline in an
  // article and again at the top of the @graph): their properties are merged.
  const madeById = new Map<string, Thing>();
  const toThing = (node: Node, depth: number): Thing => {
    const existing = made.get(node);
    if (existing) return existing;
    const id = typeof node['@id'] === 'string' ? node['@id'] : undefined;
    const thing: Thing = (id && madeById.get(id)) || { types: [], props: new Map() };
    made.set(node, thing);
    if (id) madeById.set(id, thing);
    for (const type of [node['@type']].flat(2))
      if (typeof type === 'string' && !thing.types.includes(term(type))) thing.types.push(term(type));
    for (const [key, raw] of Object.entries(node)) {
      if (key === '@type' || key === '@context' || key === '@graph') continue;
      const values = [raw].flat(2).flatMap((value) => convert(value, depth + 1));
      const name = key === '@id' || key === '@value' ? key : term(key);
      if (values.length && !thing.props.has(name)) thing.props.set(name, values);
    }
    return thing;
  };
  const convert = (value: unknown, depth: number): Array<string | Thing> => {
    if (typeof value === 'string') return [value];
    if (typeof value === 'number') return [String(value)];
    if (!isNode(value) || depth > 12) return [];
    if ('@value' in value) return convert(value['@value'], depth);
    // Expanded JSON-LD writes ordered and unordered values as `{"@list": […]}` and `{"@set": […]}`.
    for (const key of ['@list', '@set']) if (key in value) return [value[key]].flat(2).flatMap((item) => convert(item, depth + 1));
    const id = value['@id'];
    const keys = Object.keys(value).filter((key) => key !== '@context');
    if (typeof id === 'string' && keys.length === 1) {
      // A bare reference: the item it names, or the IRI itself (a sameAs or url written as an @id).
      const target = byId.get(id);
      return target ? [toThing(target, depth)] : [id];
    }
    return [toThing((typeof id === 'string' && byId.get(id)) || value, depth)];
  };
  return tops.map((node) => toThing(node, 0));
}
