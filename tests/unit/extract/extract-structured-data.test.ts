// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractProspects, pageBylines } from '@/lib/extract';
import { readGenericPage } from '@/lib/extract/generic';
import type { ProspectDraft } from '@/lib/model';
import { parseHtml } from '../extract-helpers';

const URL_ = 'https://www.brackenfold.example/people/page';
const read = (body: string, head = '', url = URL_) =>
  extractProspects(parseHtml(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`), url);
const jsonLd = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

interface Case {
  rule: string;
  body: string;
  head?: string;
  /** Every draft the page gives, in order: each listed field must be as written (others may be set). */
  expected: Array<Partial<ProspectDraft>>;
}

const MICROFORMATS: Case[] = [
  {
    rule: 'mf2 implied name: an h-card link with no properties is named by its text, its url by its href',
    body: '<p>Written by <a class="h-card" href="https://ana-ruiz.example/">Ana Ruiz</a>, who consults on logistics.</p>',
    expected: [{ fullName: 'Ana Ruiz', websiteUrl: 'https://ana-ruiz.example/', evidence: { fullName: 'hCard', websiteUrl: 'hCard' } }],
  },
  {
    rule: "mf2 implied name from the only image's alt; implied url resolved against the page",
    body: '<a class="h-card" href="/people/bram"><img src="/img/bram.jpg" alt="Bram de Vries"></a>',
    expected: [{ fullName: 'Bram de Vries', websiteUrl: 'https://www.brackenfold.example/people/bram' }],
  },
  {
    rule: "mf2 implied url: the card's only link when no u-* property is given",
    body: '<div class="h-card"><span class="p-name">Chen Wei-Lun</span> <span class="p-job-title">Harbour pilot</span> <a href="https://chen-wl.example/">home page</a></div>',
    expected: [{ fullName: 'Chen Wei-Lun', title: 'Harbour pilot', websiteUrl: 'https://chen-wl.example/' }],
  },
  {
    rule: 'mf2 implied photo and name: an image-only card is named by the alt, the image is its photo',
    body: '<div class="h-card"><img src="/img/dara.png" alt="Dara Quinlan-Obi"></div>',
    expected: [{ fullName: 'Dara Quinlan-Obi' }],
  },
  {
    rule: "mf2 p-org on a link is the link's text, not its address",
    body: '<div class="h-card"><span class="p-name">Eli Paraskevas</span>, <a class="p-org" href="https://acme-robotics.example/">Acme Robotics</a></div>',
    expected: [{ fullName: 'Eli Paraskevas', company: 'Acme Robotics' }],
  },
  {
    rule: "mf2 nested p-org h-card gives the organisation's name",
    body: '<div class="h-card"><span class="p-name">Ines Kowalczyk</span> <div class="p-org h-card"><a class="p-name u-url" href="https://tidewell.example/">Tidewell Labs</a></div></div>',
    expected: [{ fullName: 'Ines Kowalczyk', company: 'Tidewell Labs' }],
  },
  {
    rule: 'v1 vcard: org on a link is the link text; fn is the name',
    body: '<div class="vcard"><span class="fn">Eli Paraskevas</span>, <a class="org url" href="https://acme-robotics.example/">Acme Robotics</a></div>',
    expected: [{ fullName: 'Eli Paraskevas', company: 'Acme Robotics', evidence: { fullName: 'vCard', company: 'vCard' } }],
  },
  {
    rule: 'v1 n with given-name and family-name and no fn',
    body: '<div class="vcard"><div class="n"><span class="given-name">Farah</span> <span class="family-name">Haddad-Lind</span></div><span class="title">Chief Nursing Officer</span></div>',
    expected: [{ fullName: 'Farah Haddad-Lind', firstName: 'Farah', lastName: 'Haddad-Lind', title: 'Chief Nursing Officer' }],
  },
  {
    rule: 'v1 tel with type and value parts: the fax is skipped, the work number is its value parts joined',
    body: `<div class="vcard"><span class="fn">Gideon Marsh</span>
      <div class="tel"><span class="type">Fax</span>: <span class="value">+44 20 7946 0000</span></div>
      <div class="tel"><span class="type">work</span>: <span class="value">+4420</span><span class="value">79460958</span> (switchboard)</div></div>`,
    expected: [{ fullName: 'Gideon Marsh', phone: '+442079460958' }],
  },
  {
    rule: 'v1 tel types: a cell number is preferred to a work one',
    body: `<div class="vcard"><span class="fn">Hana Sato</span>
      <span class="tel"><span class="type">work</span> <span class="value">+81 3 5550 1234</span></span>
      <span class="tel"><span class="type">cell</span> <span class="value">+81 90 5550 9876</span></span></div>`,
    expected: [{ fullName: 'Hana Sato', phone: '+81 90 5550 9876' }],
  },
  {
    rule: 'v1 role stands in for a missing title',
    body: '<div class="vcard"><span class="fn">Ivo Brandt</span> <span class="role">Site reliability</span></div>',
    expected: [{ fullName: 'Ivo Brandt', title: 'Site reliability' }],
  },
  {
    rule: 'v1 adr with locality, region and country-name; email on a mailto link',
    body: `<div class="vcard"><span class="fn">Jonas Eklund</span>
      <div class="adr"><span class="locality">Umeå</span>, <span class="region">Västerbotten</span>, <span class="country-name">Sweden</span></div>
      <a class="email" href="mailto:Jonas.Eklund@nordvind.example?subject=Hello">Write to me</a></div>`,
    expected: [{ fullName: 'Jonas Eklund', location: 'Umeå, Västerbotten, Sweden', email: 'jonas.eklund@nordvind.example' }],
  },
  {
    rule: 'v1 "fn org" on one element is an organisation: a company draft, no person',
    body: '<div class="vcard"><a class="fn org url" href="https://greyhaven.example/">Greyhaven Dental</a> <span class="adr"><span class="locality">Leeds</span></span></div>',
    expected: [{ company: 'Greyhaven Dental', websiteUrl: 'https://greyhaven.example/', headquarters: 'Leeds' }],
  },
  {
    rule: 'mf2 h-card whose p-org equals its p-name is an organisation',
    body: '<div class="h-card"><span class="p-name">Larkspur Tiling</span> <span class="p-org">Larkspur Tiling</span></div>',
    expected: [{ company: 'Larkspur Tiling' }],
  },
  {
    rule: 'mf2 h-entry author known by name and url is a byline, not a prospect',
    body: '<article class="h-entry"><h1 class="p-name">On tidal turbines</h1><a class="p-author h-card" href="/authors/mira">Mira Castell</a><div class="e-content">Text.</div></article>',
    expected: [],
  },
  {
    rule: 'v1 hentry byline (".author.vcard" with "url fn") is not a prospect',
    body: '<div class="hentry"><h2 class="entry-title">Release notes</h2><span class="byline">by <span class="author vcard"><a class="url fn n" href="/author/oskar/">Oskar Lindqvist</a></span></span></div>',
    expected: [],
  },
  {
    rule: 'h-cite and comment authors are other people',
    body: `<div class="h-card"><span class="p-name">Nadia Farouk</span></div>
      <div class="h-cite"><span class="p-author h-card">Ruth Okafor</span><p class="p-content">Nice post</p></div>`,
    expected: [{ fullName: 'Nadia Farouk' }],
  },
];

const SCHEMA_ORG: Case[] = [
  {
    rule: 'JSON-LD with a compact IRI prefix bound in @context (schema:Person, schema:name)',
    head: jsonLd({
      '@context': { schema: 'http://schema.org/' },
      '@type': 'schema:Person',
      'schema:name': 'Pilar Ortega',
      'schema:jobTitle': 'Head of Data',
    }),
    body: '',
    expected: [{ fullName: 'Pilar Ortega', title: 'Head of Data', evidence: { fullName: 'structured data (JSON-LD)' } }],
  },
  {
    rule: 'JSON-LD expanded form: full http IRIs for type and properties, @value objects',
    head: jsonLd([
      {
        '@type': ['http://schema.org/Person'],
        'http://schema.org/name': [{ '@value': 'Quentin Abara' }],
        'http://schema.org/email': [{ '@value': 'q.abara@millbrook.example' }],
      },
    ]),
    body: '',
    expected: [{ fullName: 'Quentin Abara', email: 'q.abara@millbrook.example' }],
  },
  {
    rule: 'JSON-LD https IRI type and a context with @vocab',
    head: jsonLd({
      '@context': { '@vocab': 'https://schema.org/' },
      '@type': 'https://schema.org/Person',
      name: 'Rhea Lindgren',
      telephone: '+46 8 555 012 34',
    }),
    body: '',
    expected: [{ fullName: 'Rhea Lindgren', phone: '+46 8 555 012 34' }],
  },
  {
    rule: 'JSON-LD @graph with worksFor as an @id reference resolved to the organisation',
    head: jsonLd({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Person', '@id': '#sam', name: 'Samir Haddou', jobTitle: 'COO', worksFor: { '@id': '#org' } },
        { '@type': 'Corporation', '@id': '#org', name: 'Quarrystone Ltd', url: 'https://www.quarrystone.example/' },
      ],
    }),
    body: '',
    expected: [{ fullName: 'Samir Haddou', title: 'COO', company: 'Quarrystone Ltd', companyDomain: 'quarrystone.example' }],
  },
  {
    rule: 'JSON-LD arrays: a top-level array of people, each its own draft',
    head: jsonLd([
      { '@context': 'https://schema.org', '@type': 'Person', name: 'Tove Aalto', jobTitle: ['Editor', 'Podcast host'] },
      { '@context': 'https://schema.org', '@type': 'Person', givenName: 'Uriel', familyName: 'Mbeki' },
    ]),
    body: '',
    expected: [
      { fullName: 'Tove Aalto', title: 'Editor' },
      { fullName: 'Uriel Mbeki', firstName: 'Uriel', lastName: 'Mbeki' },
    ],
  },
  {
    rule: 'JSON-LD nested worksFor through the Role pattern (EmployeeRole roleName)',
    head: jsonLd({
      '@context': 'https://schema.org',
      '@type': 'Person',
      name: 'Vesna Petrović',
      worksFor: { '@type': 'EmployeeRole', roleName: 'CFO', worksFor: { '@type': 'Organization', name: 'Orchard Mutual' } },
    }),
    body: '',
    expected: [{ fullName: 'Vesna Petrović', title: 'CFO', company: 'Orchard Mutual' }],
  },
  {
    rule: 'JSON-LD affiliation when there is no worksFor',
    head: jsonLd({
      '@context': 'https://schema.org',
      '@type': 'Person',
      name: 'Wanjiru Kamau',
      affiliation: { '@type': 'CollegeOrUniversity', name: 'Lakeshore Institute of Technology' },
    }),
    body: '',
    expected: [{ fullName: 'Wanjiru Kamau', company: 'Lakeshore Institute of Technology' }],
  },
  {
    rule: 'JSON-LD Event performer is a person of the page (a speaker)',
    head: jsonLd({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'Grid Summit',
      organizer: { '@type': 'Organization', name: 'Grid Summit GmbH' },
      performer: { '@type': 'Person', name: 'Xavier Nunes', jobTitle: 'Grid architect' },
    }),
    body: '',
    expected: [{ fullName: 'Xavier Nunes', title: 'Grid architect' }],
  },
  {
    rule: "JSON-LD: a review's author and a person's acquaintances are other people",
    head: jsonLd({
      '@context': 'https://schema.org',
      '@type': 'Person',
      name: 'Yara Haddad',
      knows: [{ '@type': 'Person', name: 'Zeno Falk' }],
      review: { '@type': 'Review', author: { '@type': 'Person', name: 'Abel Crane' } },
    }),
    body: '',
    expected: [{ fullName: 'Yara Haddad' }],
  },
  {
    rule: 'microdata Person with a nested worksFor Organization and a mailto inside it',
    body: `<div itemscope itemtype="http://schema.org/Person"><span itemprop="name">Bea Larsen</span>,
      <span itemprop="jobTitle">Harbour master</span> at <span itemprop="worksFor" itemscope itemtype="http://schema.org/GovernmentOrganization"><span itemprop="name">Port of Esbjerg Authority</span></span>
      <a href="mailto:bea.larsen@port-esbjerg.example">Email</a></div>`,
    expected: [
      {
        fullName: 'Bea Larsen',
        title: 'Harbour master',
        company: 'Port of Esbjerg Authority',
        email: 'bea.larsen@port-esbjerg.example',
        evidence: { fullName: 'microdata', email: 'email link' },
      },
    ],
  },
  {
    rule: 'RDFa Lite: vocab, typeof, property, nested worksFor typeof Organization',
    body: `<div vocab="https://schema.org/" typeof="Person"><span property="name">Cato Brennan</span>
      <span property="jobTitle">Deputy Head</span> at <span property="worksFor" typeof="EducationalOrganization"><span property="name">Fernhill Academy</span></span>
      <a property="email" href="mailto:c.brennan@fernhill.example">c.brennan@fernhill.example</a></div>`,
    expected: [
      {
        fullName: 'Cato Brennan',
        title: 'Deputy Head',
        company: 'Fernhill Academy',
        email: 'c.brennan@fernhill.example',
        evidence: { fullName: 'RDFa' },
      },
    ],
  },
  {
    rule: 'RDFa with a page-bound prefix (prefix="s: https://schema.org/") and the default schema: prefix',
    body: `<section prefix="s: https://schema.org/"><div typeof="s:Person"><span property="s:name">Dagny Holm</span> <span property="schema:jobTitle">Curator</span></div></section>`,
    expected: [{ fullName: 'Dagny Holm', title: 'Curator' }],
  },
  {
    rule: 'an organisation with no person (RDFa, microdata or JSON-LD) gives a company draft',
    body: `<div vocab="http://schema.org/" typeof="Bakery"><span property="name">Crumb &amp; Co</span> <a property="url" href="https://crumb-co.example/">site</a>
      <div property="address" typeof="PostalAddress"><span property="addressLocality">Ghent</span>, <span property="addressCountry">Belgium</span></div></div>`,
    expected: [
      {
        company: 'Crumb & Co',
        websiteUrl: 'https://crumb-co.example/',
        companyDomain: 'crumb-co.example',
        headquarters: 'Ghent, Belgium',
        evidence: { company: 'RDFa' },
      },
    ],
  },
  {
    rule: 'a NewsArticle author known by name and author page is a byline, not a draft',
    head: jsonLd({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Ports expand',
      author: { '@type': 'Person', name: 'Elif Demir', url: 'https://news.example/authors/elif-demir' },
      publisher: { '@type': 'NewsMediaOrganization', name: 'Harbour Times' },
    }),
    body: '<h1>Ports expand</h1>',
    expected: [],
  },
  {
    rule: 'JSON-LD: one @id described twice (inline as an author, again at the top of the @graph) is one item: a byline',
    head: jsonLd({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'BlogPosting', author: { '@type': 'Person', '@id': '#pia', name: 'Pia Sandoval' } },
        { '@type': 'Person', '@id': '#pia', name: 'Pia Sandoval', sameAs: 'https://social.example/@pia' },
      ],
    }),
    body: '',
    expected: [],
  },
  {
    rule: 'an author with contact details is more than a byline: a draft',
    head: jsonLd({
      '@context': 'https://schema.org',
      '@type': 'BlogPosting',
      author: { '@type': 'Person', name: 'Fenna Bakker', email: 'fenna@bakker-advies.example' },
    }),
    body: '',
    expected: [{ fullName: 'Fenna Bakker', email: 'fenna@bakker-advies.example' }],
  },
  {
    rule: 'rel=author and meta name=author are bylines: no draft',
    head: '<meta name="author" content="Gert Vos">',
    body: '<article><h1>Why harbours silt</h1><p>By <a rel="author" href="/about/gert">Gert Vos</a></p></article>',
    expected: [],
  },
  {
    rule: 'a mailto with no name on it or beside it is not a person; one with a name beside it is',
    body: `<ul><li><strong>Hilde Brun</strong> — <a href="mailto:hilde.brun@fjell.example">Email</a></li>
      <li><a href="mailto:x7@fjell.example">Write to the board</a></li></ul>`,
    expected: [{ fullName: 'Hilde Brun', email: 'hilde.brun@fjell.example', evidence: { fullName: 'email link' } }],
  },
  {
    rule: 'OpenGraph: og:title never names a person a structured source names; one draft, not two',
    head: '<meta property="og:type" content="profile"><meta property="og:title" content="Speaker: Ines Alvarado – Harbour Summit"><meta name="twitter:title" content="Ines Alvarado on port automation">',
    body: '<div itemscope itemtype="https://schema.org/Person"><h1 itemprop="name">Ines Alvarado</h1><span itemprop="jobTitle">Port CTO</span></div>',
    expected: [{ fullName: 'Ines Alvarado', title: 'Port CTO', evidence: { fullName: 'microdata', title: 'microdata' } }],
  },
  {
    rule: 'one person in JSON-LD and an h-card (with an honorific) is one draft, each field with its own source',
    head: jsonLd({ '@context': 'https://schema.org', '@type': 'Person', name: 'Jakob Ernst', jobTitle: 'Chief Engineer' }),
    body: '<div class="h-card"><span class="p-name">Dr. Jakob Ernst</span> <a class="u-email" href="mailto:jakob.ernst@ernst-ing.example">mail</a> <span class="p-locality">Graz</span></div>',
    expected: [
      {
        fullName: 'Jakob Ernst',
        title: 'Chief Engineer',
        email: 'jakob.ernst@ernst-ing.example',
        location: 'Graz',
        evidence: { fullName: 'structured data (JSON-LD)', title: 'structured data (JSON-LD)', email: 'hCard', location: 'hCard' },
      },
    ],
  },
];

// Types below Organization, several levels down, including ones that are also Places (LocalBusiness).
const ORGANIZATION_TYPES = [
  'Corporation',
  'NGO',
  'MusicGroup',
  'CollegeOrUniversity',
  'Dentist',
  'Plumber',
  'Restaurant',
  'LegalService',
  'SportsTeam',
  'OnlineStore',
  'Hospital',
  'AutoRepair',
];

describe('structured data on any page, rule by rule', () => {
  it.each([...MICROFORMATS, ...SCHEMA_ORG])('$rule', ({ body, head, expected }) => {
    const drafts = read(body, head);
    expect(drafts).toMatchObject(expected);
    // A company draft names no person.
    expected.forEach((draft, index) => draft.fullName || expect(drafts[index]).not.toHaveProperty('fullName'));
  });

  it.each(ORGANIZATION_TYPES)('schema.org type hierarchy: a %s (JSON-LD, microdata, RDFa) is a company draft', (type) => {
    const inJsonLd = read('', jsonLd({ '@context': 'https://schema.org', '@type': type, name: `Holloway ${type}` }));
    const inMicrodata = read(`<div itemscope itemtype="https://schema.org/${type}"><span itemprop="name">Holloway ${type}</span></div>`);
    const inRdfa = read(`<div vocab="https://schema.org/" typeof="${type}"><span property="name">Holloway ${type}</span></div>`);
    for (const drafts of [inJsonLd, inMicrodata, inRdfa]) {
      expect(drafts).toMatchObject([{ company: `Holloway ${type}` }]);
      expect(drafts[0]).not.toHaveProperty('fullName');
    }
  });

  it('a type outside schema.org is not taken for a person', () => {
    expect(read('', jsonLd({ '@type': 'http://xmlns.com/foaf/0.1/Person', 'http://xmlns.com/foaf/0.1/name': 'Karl Foaf' }))).toEqual([]);
  });

  it('bylines are listed apart from the drafts (for "Also on this page")', () => {
    const page = readGenericPage(
      parseHtml(`<html><head><meta name="author" content="Gert Vos">${jsonLd({ '@context': 'https://schema.org', '@type': 'NewsArticle', author: [{ '@type': 'Person', name: 'Elif Demir', url: 'https://news.example/authors/elif' }] })}</head>
        <body><a rel="author" href="/about/gert">Gert Vos</a><div class="h-card"><span class="p-name">Lior Ben-Ami</span> <span class="p-job-title">Editor</span></div></body></html>`),
      new URL(URL_),
    );
    expect(page.drafts.map((draft) => draft.fullName)).toEqual(['Lior Ben-Ami']);
    expect(page.bylines).toEqual([
      { name: 'Elif Demir', url: 'https://news.example/authors/elif' },
      { name: 'Gert Vos', url: 'https://www.brackenfold.example/about/gert' },
    ]);
  });

  it('pageBylines gives what the injected reader sends beside the drafts, and nothing on LinkedIn', () => {
    const head = jsonLd({ '@context': 'https://schema.org', '@type': 'Article', author: { '@type': 'Person', name: 'Elif Demir' } });
    const doc = parseHtml(`<html><head>${head}</head><body></body></html>`);
    expect(extractProspects(doc, URL_)).toEqual([]);
    expect(pageBylines(doc, URL_)).toEqual([{ name: 'Elif Demir' }]);
    expect(pageBylines(doc, 'https://www.linkedin.com/in/elif-demir/')).toEqual([]);
  });
});
