import { domainOf } from './clean';
import type { Found } from './generic-found';

/**
 * Schema.org JSON-LD (`script[type="application/ld+json"]`): Person and Organization nodes, with
 * `@graph`, arrays and `@id` references flattened. Parsed defensively: a broken block is skipped,
 * oversized blocks are not read, and only properties that name the page's people are followed
 * (an organisation's employees, a page's main entity or author) — not reviews, comments or mentions,
 * whose authors are other people.
 */

type Node = Record<string, unknown>;

const FOLLOW = new Set(['@graph', 'mainEntity', 'about', 'employee', 'employees', 'member', 'members', 'founder', 'founders', 'author', 'creator', 'performer', 'organizer', 'itemListElement', 'item']);
// Reviews, comments and answers are written by other people: their authors are not the page's people.
const OTHER_PEOPLE = /^(Review|Comment|Rating|AggregateRating|Question|Answer|Message)$/;
const ORGANIZATION = /^(Organization|Corporation|LocalBusiness|ProfessionalService|NGO|OnlineBusiness|EducationalOrganization|NewsMediaOrganization)$/;
const MAX_BLOCK = 1_000_000;
const MAX_NODES = 2000;
export const JSON_LD = 'structured data (JSON-LD)';

const types = (node: Node) => [node['@type']].flat().filter((type): type is string => typeof type === 'string');
const isPerson = (node: Node) => types(node).includes('Person');
const isOrganization = (node: Node) => types(node).some((type) => ORGANIZATION.test(type));

/** The first string in a value that may be a string, an array, or `{ "@value" | name: … }`. */
function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map(text).find(Boolean);
  if (value && typeof value === 'object') return text((value as Node)['@value'] ?? (value as Node).name);
  return undefined;
}

/** Every node with a `@type` in the page's JSON-LD, reached through FOLLOW properties only. */
function collectNodes(doc: Document): { nodes: Node[]; byId: Map<string, Node> } {
  const nodes: Node[] = [];
  const byId = new Map<string, Node>();
  const visit = (value: unknown, depth: number) => {
    if (depth > 8 || nodes.length >= MAX_NODES || !value || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    const node = value as Node;
    if (typeof node['@id'] === 'string' && Object.keys(node).length > 1) byId.set(node['@id'], node);
    if (types(node).length) nodes.push(node);
    if (types(node).some((type) => OTHER_PEOPLE.test(type))) return;
    for (const key of FOLLOW) if (key in node) visit(node[key], depth + 1);
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    const source = script.textContent ?? '';
    if (source.length > MAX_BLOCK) continue;
    try {
      visit(JSON.parse(source), 0);
    } catch {
      // Broken JSON-LD is common (trailing commas, HTML comments): that block describes nobody.
    }
  }
  return { nodes, byId };
}

/** `{ "@id": "#org" }` → the node it names, when the page defines it. */
const resolve = (value: unknown, byId: Map<string, Node>): Node | undefined => {
  const node = [value].flat()[0];
  if (!node || typeof node !== 'object') return undefined;
  const id = (node as Node)['@id'];
  return (typeof id === 'string' && byId.get(id)) || (node as Node);
};

/** "Turin, Piedmont, Italy" from a PostalAddress (or the address text itself). */
function place(value: unknown): string | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return text(value);
  const address = value as Node;
  return [address.addressLocality, address.addressRegion, text(address.addressCountry)].filter((part) => typeof part === 'string' && part).join(', ') || undefined;
}

/** The size a page gives as `numberOfEmployees`: a number, or a range in a QuantitativeValue. */
function employees(value: unknown): string | undefined {
  if (!value || typeof value !== 'object') return text(value) && `${text(value)} employees`;
  const range = value as Node;
  if (range.value !== undefined) return `${text(range.value)} employees`;
  if (range.minValue !== undefined && range.maxValue !== undefined) return `${text(range.minValue)}-${text(range.maxValue)} employees`;
  return undefined;
}

/** People and organisations the JSON-LD describes, in page order. */
export function jsonLdFound(doc: Document): { people: Found[]; organizations: Found[] } {
  const { nodes, byId } = collectNodes(doc);
  const people: Found[] = [];
  const organizations: Found[] = [];
  for (const node of nodes) {
    const sameAs = [node.sameAs, node.url].flat().filter((item): item is string => typeof item === 'string');
    if (isPerson(node)) {
      const employer = resolve(node.worksFor ?? node.affiliation, byId);
      const given = text(node.givenName);
      const family = text(node.familyName);
      people.push({
        strategy: JSON_LD,
        fields: {
          fullName: text(node.name) ?? ([given, family].filter(Boolean).join(' ') || undefined),
          firstName: given,
          lastName: family,
          title: text(node.jobTitle),
          company: text(employer?.name) ?? (typeof node.worksFor === 'string' ? node.worksFor : undefined),
          companyDomain: domainOf(text(employer?.url)),
          email: text(node.email),
          phone: text(node.telephone),
          location: place(node.address ?? node.homeLocation ?? node.workLocation),
          linkedinUrl: sameAs.find((url) => /linkedin\.com\/in\//i.test(url)),
          websiteUrl: sameAs.find((url) => !/linkedin\.com/i.test(url)),
        },
      });
    } else if (isOrganization(node)) {
      organizations.push({
        strategy: JSON_LD,
        fields: {
          company: text(node.name) ?? text(node.legalName),
          websiteUrl: text(node.url),
          companyDomain: domainOf(text(node.url)),
          headquarters: place(node.address ?? node.location),
          companySize: employees(node.numberOfEmployees),
          companyLinkedinUrl: sameAs.find((url) => /linkedin\.com\/company\//i.test(url)),
          email: text(node.email),
          phone: text(node.telephone),
        },
      });
    }
  }
  return { people, organizations };
}
