// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractProspects } from '@/lib/extract';
import type { ProspectDraft } from '@/lib/model';
import { parseHtml } from '../extract-helpers';

/**
 * More structured data, written apart from structured-data-conformance.test.ts: schema.org subtypes
 * reached only through the type hierarchy, RDFa with prefixes and inherited vocabularies, mf2
 * implied properties on links and images. Fictional people and organisations.
 */

const PAGE = 'https://www.tallowmere.example/people';
const jsonLd = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

const CASES: Array<[string, string, Array<Partial<ProspectDraft>>]> = [
  // schema.org: subtypes of Organization several levels down are organisations.
  [
    'JSON-LD Dentist (LocalBusiness > MedicalBusiness)',
    jsonLd({ '@context': 'https://schema.org', '@type': 'Dentist', name: 'Brightmoor Dental' }),
    [{ company: 'Brightmoor Dental' }],
  ],
  ['JSON-LD Airline', jsonLd({ '@context': 'https://schema.org', '@type': 'Airline', name: 'Kestrel Air' }), [{ company: 'Kestrel Air' }]],
  [
    'JSON-LD SportsTeam (SportsOrganization)',
    jsonLd({ '@context': 'https://schema.org', '@type': 'SportsTeam', name: 'Harrowgate Rovers' }),
    [{ company: 'Harrowgate Rovers' }],
  ],
  [
    'JSON-LD WorkersUnion',
    jsonLd({ '@context': 'https://schema.org', '@type': 'WorkersUnion', name: 'Dockside Workers Union' }),
    [{ company: 'Dockside Workers Union' }],
  ],
  [
    'JSON-LD CollegeOrUniversity',
    jsonLd({ '@context': 'https://schema.org', '@type': 'CollegeOrUniversity', name: 'Fenwick Institute' }),
    [{ company: 'Fenwick Institute' }],
  ],
  [
    'JSON-LD Hotel with a full-IRI type',
    jsonLd({ '@type': 'http://schema.org/Hotel', 'http://schema.org/name': 'Larchfield Inn' }),
    [{ company: 'Larchfield Inn' }],
  ],
  [
    'JSON-LD Person with worksFor a subtype (Bakery)',
    jsonLd({
      '@context': 'https://schema.org',
      '@type': 'Person',
      name: 'Iolanthe Marsh',
      jobTitle: 'Head Baker',
      worksFor: { '@type': 'Bakery', name: 'Crumb & Co' },
    }),
    [{ fullName: 'Iolanthe Marsh', title: 'Head Baker', company: 'Crumb & Co' }],
  ],
  [
    'JSON-LD Physician is a person and a place; named as a person it is one',
    jsonLd({ '@context': 'https://schema.org', '@graph': [{ '@type': 'Person', name: 'Dr. Aurelio Quent', jobTitle: 'GP' }] }),
    [{ fullName: 'Dr. Aurelio Quent', title: 'GP' }],
  ],
  // RDFa
  [
    'RDFa prefix schema: on the body, typeof schema:Person',
    '<div prefix="schema: http://schema.org/" typeof="schema:Person"><span property="schema:name">Wilmer Osei</span>, <span property="schema:jobTitle">Surveyor</span></div>',
    [{ fullName: 'Wilmer Osei', title: 'Surveyor' }],
  ],
  [
    'RDFa vocab inherited from an ancestor',
    '<main vocab="https://schema.org/"><section><div typeof="Person"><span property="name">Saoirse Delacroix</span><span property="worksFor" typeof="Organization"><span property="name">Ferrow Labs</span></span></div></section></main>',
    [{ fullName: 'Saoirse Delacroix', company: 'Ferrow Labs' }],
  ],
  [
    'RDFa organisation subtype (NGO) gives a company draft',
    '<div vocab="https://schema.org/" typeof="NGO"><span property="name">Seedbank Commons</span></div>',
    [{ company: 'Seedbank Commons' }],
  ],
  // microdata
  [
    'microdata Person with a nested LocalBusiness subtype',
    '<div itemscope itemtype="https://schema.org/Person"><span itemprop="name">Ravindra Hollis</span><div itemprop="worksFor" itemscope itemtype="https://schema.org/AutoRepair"><span itemprop="name">Hollis Motors</span></div></div>',
    [{ fullName: 'Ravindra Hollis', company: 'Hollis Motors' }],
  ],
  // mf2 implied properties
  [
    'mf2 a.h-card: implied name from its text, url from its href',
    '<a class="h-card" href="https://ottilie.example/">Ottilie Brandt</a>',
    [{ fullName: 'Ottilie Brandt', websiteUrl: 'https://ottilie.example/' }],
  ],
  [
    'mf2 h-card holding only a link: name and url implied from it',
    '<div class="h-card"><a href="https://fenna.example/">Fenna Aaltonen</a></div>',
    [{ fullName: 'Fenna Aaltonen', websiteUrl: 'https://fenna.example/' }],
  ],
  [
    'mf2 h-card whose p-name and p-org are the same: an organisation',
    '<div class="h-card"><span class="p-name p-org">Quarrybank Studio</span></div>',
    [{ company: 'Quarrybank Studio' }],
  ],
];

describe('more structured data: subtypes through the hierarchy, RDFa, mf2 implied properties', () => {
  it.each(CASES)('%s', (_rule, body, expected) => {
    const drafts = extractProspects(parseHtml(`<!doctype html><html><head></head><body>${body}</body></html>`), PAGE);
    expect(drafts).toHaveLength(expected.length);
    expect(drafts).toMatchObject(expected);
  });
});
