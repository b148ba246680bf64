// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractProspects, pageBylines } from '@/lib/extract';
import { ProspectDraftSchema, type ProspectDraft } from '@/lib/model';
import { loadFixture } from '../extract-helpers';

type Expected = Omit<ProspectDraft, 'source' | 'sourceUrl'>;

interface FixtureCase {
  fixture: string;
  url: string;
  expected: Expected[];
  /** Names on the page that belong to other people (or to the user): they must not be captured. */
  traps: string[];
}

const INGRID_URL = 'https://www.linkedin.com/in/Ingrid-Solvang-Adeyemi-7a1/?trk=public_profile';

const CASES: FixtureCase[] = [
  {
    fixture: 'linkedin/profile-classic.html',
    url: INGRID_URL,
    expected: [
      {
        fullName: 'Ingrid Solvang-Adeyemi',
        firstName: 'Ingrid',
        lastName: 'Solvang-Adeyemi',
        title: 'Head of Procurement',
        company: 'Ironbark Energy',
        location: 'Stavanger, Rogaland, Norway',
        linkedinUrl: 'https://www.linkedin.com/in/ingrid-solvang-adeyemi-7a1/',
        companyLinkedinUrl: 'https://www.linkedin.com/company/ironbark-energy/',
        evidence: {
          fullName: 'embedded page data',
          firstName: 'embedded page data',
          lastName: 'embedded page data',
          title: 'embedded page data',
          company: 'embedded page data',
          location: 'embedded page data',
          linkedinUrl: 'page address',
          companyLinkedinUrl: 'experience section',
        },
      },
    ],
    traps: ['Bastien', 'Galloway', 'Corvid', 'Fjordline', 'Sven', 'Marguerite', 'Tomás'],
  },
  {
    fixture: 'linkedin/profile-sdui.html',
    url: 'https://www.linkedin.com/in/tomas-okafor-lindgren/',
    expected: [
      {
        fullName: 'Tomás Okafor-Lindgren',
        title: 'Head of Partnerships',
        company: 'Quillfeather Analytics',
        location: 'Lisbon, Portugal',
        linkedinUrl: 'https://www.linkedin.com/in/tomas-okafor-lindgren/',
        companyLinkedinUrl: 'https://www.linkedin.com/company/quillfeather-analytics/',
        evidence: {
          fullName: 'page heading',
          title: 'experience section',
          company: 'experience section',
          location: 'top card',
          linkedinUrl: 'page address',
          companyLinkedinUrl: 'experience section',
        },
      },
    ],
    // "Profile" is a visually hidden h1 of the layout, not a name.
    traps: ['Profile"', 'Bastien', 'Ingrid', 'Rosa', 'Sven', 'Corvid', 'connections'],
  },
  {
    // Loaded on Ingrid's profile, then navigated in-app to Priya's: the embedded data, canonical link
    // and OpenGraph title are still Ingrid's.
    fixture: 'linkedin/profile-stale-embedded.html',
    url: 'https://www.linkedin.com/in/priya-raghunathan/',
    expected: [
      {
        fullName: 'Priya Raghunathan',
        title: 'VP Clinical Operations',
        company: 'Halcyon Biotech',
        location: 'Cambridge, Massachusetts, United States',
        linkedinUrl: 'https://www.linkedin.com/in/priya-raghunathan/',
        companyLinkedinUrl: 'https://www.linkedin.com/company/halcyon-biotech/',
        evidence: {
          fullName: 'page heading',
          title: 'experience section',
          company: 'experience section',
          location: 'top card',
          linkedinUrl: 'page address',
          companyLinkedinUrl: 'experience section',
        },
      },
    ],
    traps: ['Ingrid', 'Solvang', 'Ironbark', 'Stavanger', 'Director, Clinical', 'Sven'],
  },
  {
    fixture: 'linkedin/profile-minimal.html',
    url: 'https://www.linkedin.com/in/rosa-marchetti/',
    expected: [
      {
        fullName: 'Rosa Marchetti',
        title: 'Procurement Lead',
        company: 'Ironbark Energy',
        linkedinUrl: 'https://www.linkedin.com/in/rosa-marchetti/',
        evidence: { fullName: 'page heading', title: 'headline', company: 'headline', linkedinUrl: 'page address' },
      },
    ],
    traps: ['Bastien', 'Sven'],
  },
  {
    // Signed-out layout at its usual origin: the JSON-LD Person gives everything; its second jobTitle,
    // second employer and alumniOf are not the current position.
    fixture: 'linkedin/profile-guest.html',
    url: 'https://www.linkedin.com/in/seun-brightwater-hale/',
    expected: [
      {
        fullName: 'Oluwaseun Brightwater-Hale',
        title: 'Head of Customer Operations',
        company: 'Tallowmere Logistics',
        location: 'Greater Manchester',
        linkedinUrl: 'https://www.linkedin.com/in/seun-brightwater-hale/',
        companyLinkedinUrl: 'https://www.linkedin.com/company/tallowmere-logistics/',
        evidence: {
          fullName: 'structured data (JSON-LD)',
          title: 'structured data (JSON-LD)',
          company: 'structured data (JSON-LD)',
          location: 'structured data (JSON-LD)',
          linkedinUrl: 'page address',
          companyLinkedinUrl: 'structured data (JSON-LD)',
        },
      },
    ],
    traps: [
      'Jul 2021',
      'years',
      'Manchester, England',
      'Crestmoor',
      'Westhaven',
      'Tamsin',
      'Priyanka',
      'Board Member',
      'Fenbridge',
      'Sign in',
    ],
  },
  {
    // An older signed-out layout on a country subdomain, one Person block, roles grouped by company.
    fixture: 'linkedin/profile-guest-grouped.html',
    url: 'https://de.linkedin.com/in/annelie-vogtmann-reyes-b7',
    expected: [
      {
        fullName: 'Annelie Vogtmann-Reyes',
        title: 'Director of Data Platforms',
        company: 'Kestrelwood Analytics',
        location: 'Hamburg, Deutschland',
        linkedinUrl: 'https://www.linkedin.com/in/annelie-vogtmann-reyes-b7/',
        companyLinkedinUrl: 'https://www.linkedin.com/company/kestrelwood/',
        evidence: {
          fullName: 'structured data (JSON-LD)',
          title: 'structured data (JSON-LD)',
          company: 'structured data (JSON-LD)',
          location: 'structured data (JSON-LD)',
          linkedinUrl: 'page address',
          companyLinkedinUrl: 'structured data (JSON-LD)',
        },
      },
    ],
    traps: ['Konstantin', 'Jahre', 'Heute', 'Elbufer', 'Lead Data Engineer'],
  },
  {
    // The JSON-LD Person has no jobTitle or worksFor: the Experience entry's title and company lines,
    // never its date line or location line; another profile's Person block is not this one.
    fixture: 'linkedin/profile-guest-no-title.html',
    url: 'https://ca.linkedin.com/in/rafferty-nakamura-osei?trk=people-guest',
    expected: [
      {
        fullName: 'Rafferty Nakamura-Osei',
        title: 'Senior Solutions Architect',
        company: 'Lanternfish Cloud',
        location: 'Toronto, Ontario, Canada',
        linkedinUrl: 'https://www.linkedin.com/in/rafferty-nakamura-osei/',
        companyLinkedinUrl: 'https://www.linkedin.com/company/lanternfish-cloud/',
        evidence: {
          fullName: 'structured data (JSON-LD)',
          title: 'experience section',
          company: 'experience section',
          location: 'structured data (JSON-LD)',
          linkedinUrl: 'page address',
          companyLinkedinUrl: 'experience section',
        },
      },
    ],
    traps: ['Present', 'yrs', 'Delphine', 'Partner', 'followers'],
  },
  {
    fixture: 'linkedin/company-about.html',
    url: 'https://www.linkedin.com/company/northwind-robotics/about/',
    expected: [
      {
        company: 'Northwind Robotics',
        websiteUrl: 'https://www.northwind-robotics.example/',
        companyDomain: 'northwind-robotics.example',
        industry: 'Industrial Automation',
        companySize: '51-200 employees',
        headquarters: 'Aarhus, Central Denmark Region',
        companyLinkedinUrl: 'https://www.linkedin.com/company/northwind-robotics/',
        evidence: {
          company: 'company top card',
          websiteUrl: 'About section',
          companyDomain: 'company website',
          industry: 'About section',
          companySize: 'About section',
          headquarters: 'About section',
          companyLinkedinUrl: 'page address',
        },
      },
    ],
    traps: ['Kasper', 'Aiyana', 'Corvid', 'associated members', 'followers', 'fullName'],
  },
  {
    fixture: 'linkedin/company-home.html',
    url: 'https://www.linkedin.com/company/corvid-freight/',
    expected: [
      {
        company: 'Corvid Freight',
        websiteUrl: 'https://corvid-freight.example/en',
        companyDomain: 'corvid-freight.example',
        industry: 'Truck Transportation',
        companySize: '1,001-5,000 employees',
        headquarters: 'Rotterdam, South Holland',
        companyLinkedinUrl: 'https://www.linkedin.com/company/corvid-freight/',
        evidence: {
          company: 'page heading',
          websiteUrl: 'company top card',
          companyDomain: 'company website',
          industry: 'company top card',
          companySize: 'company top card',
          headquarters: 'company top card',
          companyLinkedinUrl: 'page address',
        },
      },
    ],
    traps: ['Bastien', 'followers', 'jobs', 'fullName'],
  },
  {
    fixture: 'linkedin/sales-navigator-lead.html',
    url: 'https://www.linkedin.com/sales/lead/ACwAAAB3xYzABCDEF,NAME_SEARCH,x7Qp?_ntb=abc',
    expected: [
      {
        fullName: 'Marguerite Delacroix-Nwosu',
        title: 'Chief Revenue Officer',
        company: 'Lumenfield Solar',
        location: 'Lyon, Auvergne-Rhône-Alpes, France',
        salesNavId: 'ACwAAAB3xYzABCDEF',
        linkedinUrl: 'https://www.linkedin.com/in/marguerite-delacroix-nwosu/',
        evidence: {
          fullName: 'Sales Navigator lead card',
          title: 'Sales Navigator lead card',
          company: 'Sales Navigator lead card',
          location: 'Sales Navigator lead card',
          salesNavId: 'page address',
          linkedinUrl: 'public profile link',
        },
      },
    ],
    traps: ['Haruto', 'Ostara', 'Amelia', 'Sven', 'haruto-bergstrom'],
  },
  {
    fixture: 'linkedin/sales-navigator-search.html',
    url: 'https://www.linkedin.com/sales/search/people?query=(keywords%3Aprocurement)&sessionId=abc',
    expected: [
      {
        fullName: 'Haruto Bergström',
        title: 'Procurement Director',
        company: 'Ostara Metals',
        location: 'Malmö, Skåne County, Sweden',
        salesNavId: 'ACwAAA111aa',
        linkedinUrl: 'https://www.linkedin.com/in/haruto-bergstrom/',
        evidence: {
          fullName: 'search result card',
          title: 'search result card',
          company: 'search result card',
          location: 'search result card',
          salesNavId: 'page address',
          linkedinUrl: 'public profile link',
        },
      },
      {
        fullName: 'Amelia Thistlewood',
        title: 'Head of Sourcing',
        company: 'Brightwater Foods',
        location: 'Leeds, England, United Kingdom',
        salesNavId: 'ACwAAA222bb',
        evidence: {
          fullName: 'search result card',
          title: 'search result card',
          company: 'search result card',
          location: 'search result card',
          salesNavId: 'page address',
        },
      },
      {
        // The script inside the name is not part of it; the title typed as markup is refused.
        fullName: 'Ravi Menon',
        company: 'Kestrel Aerospace',
        location: 'Pune, Maharashtra, India',
        salesNavId: 'ACwAAA444dd',
        evidence: {
          fullName: 'search result card',
          company: 'search result card',
          location: 'search result card',
          salesNavId: 'page address',
        },
      },
      {
        fullName: 'Chidinma Eze-Laurent',
        title: 'Supply Chain Manager',
        company: 'Lumenfield Solar',
        salesNavId: 'ACwAAA666ff',
        evidence: {
          fullName: 'search result card',
          title: 'search result card',
          company: 'search result card',
          salesNavId: 'page address',
        },
      },
    ],
    traps: ['LinkedIn Member', 'Sven', 'Odile', 'leadlinePwned', '<img', '<b>', 'Buyer'],
  },
  {
    fixture: 'linkedin/people-search.html',
    url: 'https://www.linkedin.com/search/results/people/?keywords=logistics',
    expected: [
      {
        fullName: 'Wren Castellano',
        title: 'Logistics Director',
        company: 'Brightwater Foods',
        location: 'Valencia, Valencian Community, Spain',
        linkedinUrl: 'https://www.linkedin.com/in/wren-castellano/',
        evidence: {
          fullName: 'search result card',
          title: 'headline',
          company: 'headline',
          location: 'search result card',
          linkedinUrl: 'search result card',
        },
      },
      {
        fullName: 'Obinna Hallström',
        title: 'Fleet electrification',
        location: 'Gothenburg, Västra Götaland County, Sweden',
        linkedinUrl: 'https://www.linkedin.com/in/obinna-hallstrom-2b/',
        evidence: { fullName: 'search result card', title: 'headline', location: 'search result card', linkedinUrl: 'search result card' },
      },
    ],
    traps: ['LinkedIn Member', 'Kasper', 'Amelia', 'View Wren', 'Sven'],
  },
  {
    fixture: 'linkedin/feed.html',
    url: 'https://www.linkedin.com/feed/',
    expected: [],
    traps: ['Rosa', 'Sven', 'Haruto', 'Northwind'],
  },
  {
    fixture: 'generic/team-page-jsonld.html',
    url: 'https://www.harborlight-media.example/about/team?utm_source=newsletter&utm_campaign=spring',
    expected: [
      {
        fullName: 'Odile Valcourt',
        title: 'VP Marketing',
        company: 'Harborlight Media',
        companyDomain: 'harborlight-media.example',
        email: 'odile@harborlight-media.example',
        linkedinUrl: 'https://www.linkedin.com/in/odile-valcourt/',
        websiteUrl: 'https://x.example/odilev',
        evidence: {
          fullName: 'structured data (JSON-LD)',
          title: 'structured data (JSON-LD)',
          company: 'structured data (JSON-LD)',
          companyDomain: 'structured data (JSON-LD)',
          email: 'structured data (JSON-LD)',
          linkedinUrl: 'structured data (JSON-LD)',
          websiteUrl: 'structured data (JSON-LD)',
        },
      },
      {
        fullName: 'Matteo Fairweather',
        firstName: 'Matteo',
        lastName: 'Fairweather',
        title: 'Head of Partnerships',
        company: 'Harborlight Media',
        companyDomain: 'harborlight-media.example',
        location: 'Halifax, Canada',
        email: 'matteo.fairweather@harborlight-media.example',
        evidence: {
          fullName: 'structured data (JSON-LD)',
          firstName: 'structured data (JSON-LD)',
          lastName: 'structured data (JSON-LD)',
          title: 'structured data (JSON-LD)',
          company: 'structured data (JSON-LD)',
          companyDomain: 'structured data (JSON-LD)',
          location: 'structured data (JSON-LD)',
          email: 'email link',
        },
      },
    ],
    traps: ['Casey', 'Broken Block', 'info@', 'press@', 'javascript'],
  },
  {
    fixture: 'generic/personal-site-hcard.html',
    url: 'https://juniper-achterberg.example/',
    expected: [
      {
        fullName: 'Juniper Achterberg',
        title: 'Independent UX Researcher',
        company: 'Studio Achterberg',
        email: 'hello@juniper-achterberg.example',
        phone: '+31 20 555 0142',
        location: 'Utrecht, Netherlands',
        linkedinUrl: 'https://www.linkedin.com/in/juniper-achterberg/',
        websiteUrl: 'https://juniper-achterberg.example/',
        alternates: { emails: ['desmond.okoro@pickwise.example'] },
        evidence: {
          fullName: 'hCard',
          title: 'hCard',
          company: 'hCard',
          email: 'hCard',
          phone: 'hCard',
          location: 'hCard',
          linkedinUrl: 'hCard',
          websiteUrl: 'hCard',
        },
      },
    ],
    traps: ['Desmond Okoro"', 'Pickwise', 'Lotte', 'Pixelhaus'],
  },
  {
    fixture: 'generic/speaker-microdata.html',
    url: 'https://summit.fieldops-conf.example/speakers/lena-vasquez-moreau',
    expected: [
      {
        fullName: 'Lena Vasquez-Moreau',
        title: 'Director of Field Operations',
        company: 'Cobaltline Utilities',
        companyDomain: 'cobaltline.example',
        location: 'Denver, Colorado',
        linkedinUrl: 'https://www.linkedin.com/in/lena-vasquez-moreau/',
        // The conference's mailboxes and phone are offered, never taken as hers.
        alternates: { emails: ['speakers@fieldops-conf.example', 'press@fieldops-conf.example'], phones: ['+1-303-555-0199'] },
        evidence: {
          fullName: 'microdata',
          title: 'microdata',
          company: 'microdata',
          companyDomain: 'microdata',
          location: 'microdata',
          linkedinUrl: 'microdata',
        },
      },
    ],
    traps: ['Gideon', 'Paolo', 'Anneke'],
  },
  {
    fixture: 'generic/contact-opengraph.html',
    url: 'https://www.kestrel-legal.example/people/anselm-ferreira-quist',
    expected: [
      {
        fullName: 'Anselm Ferreira-Quist',
        firstName: 'Anselm',
        lastName: 'Ferreira-Quist',
        email: 'anselm.fq@kestrel-legal.example',
        phone: '+44 20 7946 0321',
        alternates: { emails: ['info@kestrel-legal.example', 'beatriz.lund@kestrel-legal.example'] },
        evidence: {
          fullName: 'OpenGraph tags',
          firstName: 'OpenGraph tags',
          lastName: 'OpenGraph tags',
          email: 'email link',
          phone: 'phone link',
        },
      },
      // The firm's vCard names it with "fn org": an organisation, offered as a company, never as a person.
      { company: 'Kestrel Legal LLP', headquarters: 'London', evidence: { company: 'vCard', headquarters: 'vCard' } },
    ],
    traps: ['"fullName":"Kestrel', 'Beatriz Lund"', 'evil.example', 'javascript'],
  },
  {
    // The speaker is described in JSON-LD, microdata and an h-card (once with "Dr."): one draft, each
    // field from its own source; the OpenGraph profile tags name the page, not her, and give nothing.
    fixture: 'generic/speaker-page-opengraph.html',
    url: 'https://www.gridworks-europe.example/speakers/sunniva-okonjo-hartley',
    expected: [
      {
        fullName: 'Sunniva Okonjo-Hartley',
        title: 'Chief Technology Officer',
        company: 'Brightfjord Storage ASA',
        companyDomain: 'brightfjord.example',
        linkedinUrl: 'https://www.linkedin.com/in/sunniva-okonjo-hartley/',
        location: 'Bergen, Norway',
        email: 'sunniva.oh@brightfjord.example',
        alternates: { emails: ['speakers@gridworks-europe.example'], phones: ['+49-511-5550-100'] },
        evidence: {
          fullName: 'structured data (JSON-LD)',
          title: 'structured data (JSON-LD)',
          company: 'structured data (JSON-LD)',
          companyDomain: 'structured data (JSON-LD)',
          linkedinUrl: 'structured data (JSON-LD)',
          location: 'microdata',
          email: 'hCard',
        },
      },
    ],
    traps: ['Keynote', 'Speaker"', 'Gridworks Events', 'Matthias', 'Yusuf', 'Clémentine', 'Ragnhild', 'Editorial'],
  },
  {
    // Only bylines and quoted people: nobody to offer (the author is listed under "Also on this page").
    fixture: 'generic/news-article-byline.html',
    url: 'https://www.tidewater-ledger.example/2026/ports',
    expected: [],
    traps: [],
  },
  {
    // A Dentist (a LocalBusiness subtype) with its dentists as employees, in RDFa; the practice's
    // footer vCard ("fn org") is the same company, not a second one and not a person.
    fixture: 'generic/dental-practice-rdfa.html',
    url: 'https://www.larchmont-smile.example/team',
    expected: [
      {
        fullName: 'Aoife Brennan-Moyo',
        title: 'Principal Dentist',
        // An employee of the practice the page describes works for it.
        company: 'Larchmont Smile Studio',
        companyDomain: 'larchmont-smile.example',
        email: 'aoife@larchmont-smile.example',
        evidence: { fullName: 'RDFa', title: 'RDFa', company: 'RDFa', companyDomain: 'RDFa', email: 'RDFa' },
      },
      {
        fullName: 'Tadhg Ó Briain',
        firstName: 'Tadhg',
        lastName: 'Ó Briain',
        title: 'Orthodontist',
        company: 'Larchmont Smile Studio',
        companyDomain: 'larchmont-smile.example',
        phone: '+353-91-555-0142',
        evidence: {
          fullName: 'RDFa',
          firstName: 'RDFa',
          lastName: 'RDFa',
          title: 'RDFa',
          company: 'RDFa',
          companyDomain: 'RDFa',
          phone: 'phone link',
        },
      },
      {
        company: 'Larchmont Smile Studio',
        websiteUrl: 'https://www.larchmont-smile.example/',
        companyDomain: 'larchmont-smile.example',
        headquarters: 'Galway, Ireland',
        evidence: { company: 'RDFa', websiteUrl: 'RDFa', companyDomain: 'RDFa', headquarters: 'RDFa' },
      },
    ],
    traps: ['Cormac', 'reception@', '0109', '0100', 'Meet the'],
  },
  {
    fixture: 'generic/staff-directory-mailto.html',
    url: 'https://www.pickwise.example/contact',
    expected: [
      { fullName: 'Desmond Okoro', email: 'desmond.okoro@pickwise.example', evidence: { fullName: 'email link', email: 'email link' } },
      { fullName: 'Yusra Haddad', email: 'yusra.haddad@pickwise.example', evidence: { fullName: 'email link', email: 'email link' } },
      // The link reads "Write to our CTO" and nothing beside it names anyone: an address, not a person.
    ],
    traps: ['sales@', 'Sales team', 'Broken Link', 'Write to', 'nakashima'],
  },
];

describe('extractProspects on fixtures', () => {
  it.each(CASES)('$fixture', ({ fixture, url, expected }) => {
    const drafts = extractProspects(loadFixture(fixture), url);
    const source = url.includes('/sales/') ? 'sales-navigator' : url.includes('linkedin.com') ? 'linkedin' : 'web';
    expect(drafts).toEqual(expected.map((draft) => ({ ...draft, source, sourceUrl: url })));
  });

  it("generic/news-article-byline.html: the article's author is a byline, with the author page", () => {
    const doc = loadFixture('generic/news-article-byline.html');
    expect(pageBylines(doc, 'https://www.tidewater-ledger.example/2026/ports')).toEqual([
      { name: 'Priscilla Oyelaran-Voss', url: 'https://www.tidewater-ledger.example/authors/priscilla-oyelaran-voss' },
    ]);
  });

  it.each(CASES)('$fixture: every draft passes the message contract and no trap is captured', ({ fixture, url, traps }) => {
    const drafts = extractProspects(loadFixture(fixture), url);
    for (const draft of drafts) expect(ProspectDraftSchema.safeParse(draft).error).toBeUndefined();
    const text = JSON.stringify(drafts);
    for (const trap of traps) expect(text).not.toContain(trap);
  });
});
