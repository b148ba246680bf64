import { domainOf } from './clean';
import type { Found } from './generic-found';
import { ORGANIZATION_SUBTYPES, PERSON_SUBTYPES } from './schema-org-types';

/**
 * schema.org as the three syntaxes write it (JSON-LD, microdata, RDFa), read by one interpreter:
 * each syntax turns its markup into `Thing`s (types and properties by their schema.org local names),
 * and `schemaOrgFound` decides who on the page is a prospect, who is only a byline, and which
 * organisations it describes. Types are matched through the vocabulary's hierarchy
 * (schema-org-types.ts), so a Dentist or a MusicGroup is an organisation like any Corporation.
 */

/** One item of structured data: its types and properties, by schema.org local name. */
export interface Thing {
  types: string[];
  props: Map<string, Array<string | Thing>>;
  /** Where the item is written on the page (microdata, RDFa): email and phone links inside it are its. */
  element?: Element;
}

const SCHEMA_IRI = /^(?:https?:\/\/)?(?:www\.)?schema\.org\//i;

/**
 * A type or property as its schema.org local name: `Person`, `schema:Person`,
 * `http://schema.org/Person` and `https://schema.org/Person` are one type. Other vocabularies'
 * IRIs (`http://xmlns.com/foaf/0.1/Person`) are not schema.org and keep their full form.
 */
export function schemaName(term: string): string {
  const trimmed = term.trim();
  if (SCHEMA_IRI.test(trimmed)) return trimmed.replace(SCHEMA_IRI, '');
  if (/^[a-z][\w-]*:[^/]/i.test(trimmed) && !/^https?:/i.test(trimmed)) {
    const [prefix, local = ''] = trimmed.split(/:(.*)/s);
    return /^(schema|sdo|s)$/i.test(prefix ?? '') ? local : trimmed;
  }
  return trimmed;
}

const isPersonType = (type: string) => type === 'Person' || PERSON_SUBTYPES.has(type);
const isOrganizationType = (type: string) => type === 'Organization' || ORGANIZATION_SUBTYPES.has(type);
export const isPerson = (thing: Thing) => thing.types.some(isPersonType);
export const isOrganization = (thing: Thing) => !isPerson(thing) && thing.types.some(isOrganizationType);

// Reviews, comments and answers are written by other people: nobody inside them is the page's.
const OTHER_PEOPLE =
  /^(Review|EmployerReview|UserReview|CriticReview|Recommendation|Comment|Answer|Question|Rating|AggregateRating|Message|EmailMessage|Conversation)$/;
// A creative work's people: known by name and an author page, they are bylines, not prospects.
const CREDITS = new Set([
  'author',
  'creator',
  'contributor',
  'editor',
  'publisher',
  'sdPublisher',
  'reviewedBy',
  'copyrightHolder',
  'accountablePerson',
  'maintainer',
  'translator',
  'producer',
]);
// People related to the page's person, not described by the page.
const RELATIVES = new Set([
  'knows',
  'colleague',
  'colleagues',
  'spouse',
  'parent',
  'parents',
  'children',
  'sibling',
  'siblings',
  'relatedTo',
  'follows',
  'funder',
  'sponsor',
  'alumni',
]);
// How an organisation the page is about is reached: at the top, or as its main entity or list item.
// Named anywhere else (someone's employer, a work's publisher, an event's organiser) it is context.
const SUBJECT = new Set(['', 'mainEntity', 'about', 'itemListElement', 'item']);
const ROLE_TYPES = /^(Role|OrganizationRole|EmployeeRole|PerformanceRole|LinkRole)$/;
// An organisation's people: they work for it when they name no employer of their own.
const STAFF = new Set(['employee', 'employees', 'founder', 'founders', 'member', 'members']);
// Credits written as plain text ("author": "Ana Ruiz"): bylines by name only.
const NAMED_CREDITS = ['author', 'creator', 'contributor', 'editor', 'translator'];
const MAX_THINGS = 2000;

/** The first text value of a property (a nested item gives its name). */
export function textProp(thing: Thing | undefined, name: string): string | undefined {
  for (const value of thing?.props.get(name) ?? []) {
    const text = typeof value === 'string' ? value : (textProp(value, 'name') ?? textProp(value, '@value'));
    if (text?.trim()) return text;
  }
  return undefined;
}

const things = (thing: Thing | undefined, name: string) =>
  (thing?.props.get(name) ?? []).filter((value): value is Thing => typeof value !== 'string');
const strings = (thing: Thing | undefined, ...names: string[]) =>
  names.flatMap((name) =>
    (thing?.props.get(name) ?? []).flatMap((value) =>
      typeof value === 'string' ? [value] : (textProp(value, 'url') ?? textProp(value, '@id') ?? []),
    ),
  );

/** "Turin, Piedmont, Italy" from a PostalAddress, a Place with an address, or the address as text. */
function place(thing: Thing | undefined, ...names: string[]): string | undefined {
  for (const name of names) {
    for (const value of thing?.props.get(name) ?? []) {
      if (typeof value === 'string') return value;
      const address = things(value, 'address')[0] ?? value;
      const country = textProp(address, 'addressCountry');
      const parts = [textProp(address, 'addressLocality'), textProp(address, 'addressRegion'), country].filter(
        (part): part is string => !!part?.trim(),
      );
      const text = parts.join(', ') || textProp(address, 'address') || textProp(value, 'name');
      if (text) return text;
    }
  }
  return undefined;
}

/** The size a page gives as `numberOfEmployees`: a number, or a range in a QuantitativeValue. */
function employees(thing: Thing): string | undefined {
  const value = thing.props.get('numberOfEmployees')?.[0];
  if (value === undefined) return undefined;
  if (typeof value === 'string') return /^\d[\d,.]*$/.test(value.trim()) ? `${value.trim()} employees` : undefined;
  const exact = textProp(value, 'value');
  if (exact) return `${exact} employees`;
  const [min, max] = [textProp(value, 'minValue'), textProp(value, 'maxValue')];
  return min && max ? `${min}-${max} employees` : undefined;
}

/** The employer: worksFor or affiliation, through a Role when the page uses schema.org's role pattern. */
function employment(person: Thing): { org?: Thing; name?: string; roleName?: string } {
  for (const key of ['worksFor', 'affiliation', 'memberOf']) {
    for (const value of person.props.get(key) ?? []) {
      // memberOf also names programmes and clubs' memberships: only an organisation (or a Role in one) is an employer.
      if (
        key === 'memberOf' &&
        (typeof value === 'string' || !(isOrganization(value) || value.types.some((type) => ROLE_TYPES.test(type))))
      )
        continue;
      if (typeof value === 'string') {
        if (value.trim() && !/^(https?:|_:|#)/.test(value.trim())) return { name: value };
        continue;
      }
      if (value.types.some((type) => ROLE_TYPES.test(type))) {
        const inner = things(value, key)[0];
        return { org: inner, name: textProp(inner, 'name') ?? textProp(value, key), roleName: textProp(value, 'roleName') };
      }
      const name = textProp(value, 'name') ?? textProp(value, 'legalName');
      if (name) return { org: value, name };
    }
  }
  return {};
}

/** The person fields a schema.org Person gives. */
export function personFields(person: Thing): Found['fields'] {
  const given = textProp(person, 'givenName');
  const family = textProp(person, 'familyName');
  const job = employment(person);
  const links = strings(person, 'sameAs', 'url');
  return {
    fullName: textProp(person, 'name') ?? ([given, family].filter(Boolean).join(' ') || undefined),
    firstName: given,
    lastName: family,
    title: textProp(person, 'jobTitle') ?? job.roleName ?? textProp(things(person, 'hasOccupation')[0], 'name'),
    company: job.name,
    companyDomain: domainOf(textProp(job.org, 'url')),
    email: textProp(person, 'email'),
    phone: textProp(person, 'telephone'),
    location: place(person, 'address', 'homeLocation', 'workLocation'),
    linkedinUrl: links.find((url) => /linkedin\.com\/in\//i.test(url)),
    // Relative addresses are resolved against the page by the reader that knows it.
    websiteUrl: links.find((url) => (/^https?:/i.test(url) || /^[./\w-][^:]*$/.test(url)) && !/linkedin\.com/i.test(url)),
  };
}

/** The company fields a schema.org Organization (or any subtype) gives. */
export function organizationFields(org: Thing): Found['fields'] {
  const links = strings(org, 'sameAs', 'url');
  const website = links.find((url) => /^https?:/i.test(url) && !/linkedin\.com/i.test(url));
  return {
    company: textProp(org, 'name') ?? textProp(org, 'legalName'),
    websiteUrl: website,
    companyDomain: domainOf(website),
    headquarters: place(org, 'address', 'location'),
    companySize: employees(org),
    companyLinkedinUrl: links.find((url) => /linkedin\.com\/company\//i.test(url)),
  };
}

/** What the page's structured data says, sorted by what the panel does with it. */
export interface SchemaOrgFound {
  /** People the page describes (a team member, a speaker, a profile's subject). */
  people: Found[];
  /** Organisations the page describes (not only as someone's employer). */
  organizations: Found[];
  /** People credited for a work on the page (an article's author) and known by little more than a name. */
  bylines: Found[];
}

/**
 * Sorts the items of one syntax into people, organisations and bylines. How an item is reached
 * decides: inside a review or comment it is someone else; as a work's author, editor or publisher
 * with no contact details it is a byline; as a person's employer it is only that person's company.
 */
export function schemaOrgFound(roots: readonly Thing[], strategy: string): SchemaOrgFound {
  // How each item is reached from outside reviews and comments (the property naming it; '' at the top).
  const reach = new Map<Thing, { via: Set<string>; outside: boolean; inside: boolean; staffOf?: Thing }>();
  const order: Thing[] = [];
  const visit = (thing: Thing, property: string, depth: number, insideOther: boolean, parent?: Thing) => {
    if (depth > 10 || order.length >= MAX_THINGS) return;
    const other = insideOther || thing.types.some((type) => OTHER_PEOPLE.test(type));
    let entry = reach.get(thing);
    if (!entry) {
      entry = { via: new Set(), outside: false, inside: false };
      reach.set(thing, entry);
      order.push(thing);
    }
    if (other) {
      if (entry.inside) return;
      entry.inside = true;
    } else {
      entry.via.add(property);
      if (parent && STAFF.has(property) && isOrganization(parent)) entry.staffOf ??= parent;
      if (entry.outside) return;
      entry.outside = true;
    }
    for (const [name, values] of thing.props) {
      for (const value of values) if (typeof value !== 'string') visit(value, name, depth + 1, other, thing);
    }
  };
  for (const root of roots) visit(root, '', 0, false);

  const result: SchemaOrgFound = { people: [], organizations: [], bylines: [] };
  for (const thing of order) {
    const entry = reach.get(thing);
    // Reached only from inside reviews and comments: somebody else's words.
    if (!entry?.outside) continue;
    // An item written at the top (of a JSON-LD @graph, say) and named by another is what that one names it.
    const via = entry.via.size > 1 ? [...entry.via].filter((property) => property !== '') : [...entry.via];
    for (const credit of NAMED_CREDITS) {
      for (const value of thing.props.get(credit) ?? []) {
        if (typeof value === 'string' && !/^(https?:|_:|#|\/)/.test(value.trim()))
          result.bylines.push({ strategy, fields: { fullName: value } });
      }
    }
    if (isPerson(thing)) {
      const fields = personFields(thing);
      if (!fields.company && entry.staffOf) {
        const employer = organizationFields(entry.staffOf);
        fields.company = employer.company;
        fields.companyDomain = employer.companyDomain;
      }
      const found: Found = { strategy, fields, element: thing.element };
      if (via.every((property) => RELATIVES.has(property))) continue;
      // A byline links its author page (url) rather than the author's other profiles (sameAs).
      if (via.every((property) => CREDITS.has(property)) && !fields.email && !fields.phone) {
        result.bylines.push({ ...found, fields: { ...fields, websiteUrl: strings(thing, 'url')[0] ?? fields.websiteUrl } });
      } else result.people.push(found);
    } else if (isOrganization(thing)) {
      if (!via.some((property) => SUBJECT.has(property))) continue;
      result.organizations.push({ strategy, fields: organizationFields(thing), element: thing.element });
    }
  }
  return result;
}
