import type { ProspectDraft } from '../model';
import { splitHeadline, textOf, titleWithoutSiteName, undoubled } from './clean';
import { DraftBuilder, type Strategy } from './draft';
import { embeddedProfiles, type EmbeddedProfile } from './linkedin-embedded';
import type { PageIdentity, SiteExtractor } from './site';

/** What the strategies read from: the URL's slug and the parts of the page found once. */
interface Profile {
  doc: Document;
  url: URL;
  /** Embedded data for the profile the URL names, never another one (stale after navigation). */
  embedded?: EmbeddedProfile;
  /** The top card of the newer server-driven layout (hashed classes; `componentkey` names it). */
  topCard: Element | null;
  headline?: string;
  experience: { title?: string; company?: string; companyUrl?: string };
}

/** The profile's slug from a URL or link, decoded and lower-cased ("j%C3%B6rg" and "Jörg" are one slug). */
export function slugIn(path: string | null | undefined, pattern = /\/in\/([^/?#]+)/): string | undefined {
  const raw = path && pattern.exec(path)?.[1];
  try {
    return raw ? decodeURIComponent(raw).toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}
const joinName = (first?: string, last?: string) => [first, last].filter(Boolean).join(' ') || undefined;
// Visible copy only: LinkedIn doubles text with a visually hidden copy for screen readers.
const visible = (element: Element | null | undefined) =>
  element ? undoubled(textOf(element.querySelector('span[aria-hidden="true"]') ?? element)) : undefined;
const meta = (doc: Document, property: string) => doc.querySelector(`meta[property="${property}"]`)?.getAttribute('content');

const FULL_NAME: Strategy<Profile>[] = [
  ['embedded page data', (p) => joinName(p.embedded?.firstName, p.embedded?.lastName)],
  // Classic layout.
  ['page heading', (p) => textOf(p.doc.querySelector('main h1.text-heading-xlarge'))],
  // Newer server-driven layout: the name is the top card's h2.
  ['page heading', (p) => textOf(p.topCard?.querySelector('h1, h2'))],
  ['page heading', (p) => textOf(p.doc.querySelector('main h1'))],
  ['document title', (p) => titleWithoutSiteName(p.doc.title, 'LinkedIn')],
  ['OpenGraph tags', (p) => titleWithoutSiteName(meta(p.doc, 'og:title') ?? '', 'LinkedIn')],
];

const TITLE: Strategy<Profile>[] = [
  ['embedded page data', (p) => p.embedded?.title],
  ['experience section', (p) => p.experience.title],
  ['headline', (p) => splitHeadline(p.headline).title],
];

const COMPANY: Strategy<Profile>[] = [
  ['embedded page data', (p) => p.embedded?.company],
  ['experience section', (p) => p.experience.company],
  // Classic top card: a button labelled "Current company: X. Click to skip to experience card".
  [
    'top card',
    (p) => /^Current company:\s*(.+?)\.\s+Click/i.exec(p.doc.querySelector('main [aria-label^="Current company:"]')?.getAttribute('aria-label') ?? '')?.[1],
  ],
  ['headline', (p) => splitHeadline(p.headline).company],
];

const LOCATION: Strategy<Profile>[] = [
  ['embedded page data', (p) => p.embedded?.location],
  ['top card', (p) => textOf(p.doc.querySelector('main span.text-body-small.inline.t-black--light.break-words'))],
  ['top card', (p) => sduiLines(p.topCard)[1]],
];

const PROFILE_URL: Strategy<Profile>[] = [
  ['page address', (p) => p.url.href],
  ['canonical link', (p) => p.doc.querySelector('link[rel="canonical"]')?.getAttribute('href')],
];

/** The newer layout's top-card paragraphs after the name: headline, then location (without "· Contact info"). */
function sduiLines(topCard: Element | null): string[] {
  if (!topCard) return [];
  return [...topCard.querySelectorAll('p')]
    .map((p) => textOf(p)?.replace(/\s*·\s*Contact info$/i, ''))
    .filter((text): text is string => !!text && !/\b(connections|followers)\b/i.test(text) && !/^·/.test(text));
}

/** The headline: embedded data, classic top card, or the newer layout's first paragraph. */
function headlineOf(doc: Document, topCard: Element | null, embedded?: EmbeddedProfile): string | undefined {
  return embedded?.headline ?? textOf(doc.querySelector('main .text-body-medium.break-words')) ?? sduiLines(topCard)[0];
}

/**
 * The current position: the first entry of the Experience section (the section holding `#experience`
 * or headed "Experience"). A company with several roles lists the company first and the roles inside.
 */
function experienceOf(doc: Document): Profile['experience'] {
  const section =
    doc.querySelector('#experience')?.closest('section') ??
    [...doc.querySelectorAll('main section')].find((s) => /^experience$/i.test(visible(s.querySelector('h2')) ?? ''));
  const entity = section?.querySelector('[data-view-name="profile-component-entity"]') ?? section?.querySelector('li');
  if (!entity) return {};
  const companyUrl = entity.querySelector('a[href*="/company/"]')?.getAttribute('href') ?? undefined;
  const role = entity.querySelector('[data-view-name="profile-component-entity"]');
  const lines = (element: Element) =>
    [...element.querySelectorAll('.t-bold, .t-14.t-normal:not(.t-black--light), p')].map((line) => visible(line)?.split(' · ')[0]);
  if (role) return { company: lines(entity)[0], title: lines(role)[0], companyUrl };
  const [title, company] = lines(entity);
  return { title, company, companyUrl };
}

/** A LinkedIn profile page (`/in/<slug>`): the person it shows. */
export const linkedinProfile: SiteExtractor = {
  id: 'linkedin-profile',
  matches: (url) => url.pathname.startsWith('/in/'),
  extract(doc, url): ProspectDraft[] {
    const slug = slugIn(url.pathname);
    if (!slug) return [];
    const topCard = doc.querySelector('main section[componentkey*="topcard" i]');
    const embedded = embeddedProfiles(doc).find((profile) => profile.publicIdentifier === slug);
    const profile: Profile = { doc, url, embedded, topCard, headline: headlineOf(doc, topCard, embedded), experience: experienceOf(doc) };
    const draft = new DraftBuilder('linkedin', url.href)
      .first('fullName', profile, FULL_NAME)
      .first('title', profile, TITLE)
      .first('company', profile, COMPANY)
      .first('location', profile, LOCATION)
      .first('linkedinUrl', profile, PROFILE_URL);
    draft.set('firstName', embedded?.firstName, 'embedded page data');
    draft.set('lastName', embedded?.lastName, 'embedded page data');
    draft.set('companyLinkedinUrl', profile.experience.companyUrl && new URL(profile.experience.companyUrl, url).href, 'experience section');
    return draft.get('fullName') ? [draft.build()] : [];
  },
  identity: (doc, url) => identityFromLinks(doc, slugIn(url.pathname), 'main a[href*="/overlay/contact-info"], main a[href*="/overlay/about-this-profile"]'),
};

/**
 * Compares the slug in links the page draws for the profile it shows (contact info, about this
 * profile) with the URL's slug: after in-app navigation the URL changes before the content does.
 */
export function identityFromLinks(doc: Document, slug: string | undefined, selector: string, pattern?: RegExp): PageIdentity {
  const shown = slugIn(doc.querySelector(selector)?.getAttribute('href'), pattern);
  if (!shown || !slug) return 'unknown';
  return shown === slug ? 'match' : 'stale';
}
