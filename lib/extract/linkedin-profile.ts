import type { ProspectDraft } from '../model';
import { splitHeadline, textOf, titleWithoutSiteName, undoubled } from './clean';
import { DraftBuilder, type Strategy } from './draft';
import { embeddedProfiles, type EmbeddedProfile } from './linkedin-embedded';
import { guestProfile, type GuestProfile } from './linkedin-guest';
import type { PageIdentity, SiteExtractor } from './site';

/** What the strategies read from: the URL's slug and the parts of the page found once. */
interface Profile {
  doc: Document;
  url: URL;
  /** Embedded data for the profile the URL names, never another one (stale after navigation). */
  embedded?: EmbeddedProfile;
  /** The signed-out layout's JSON-LD Person, when it names the URL's profile. */
  guest?: GuestProfile;
  /** The top card of the newer server-driven layout (hashed classes; `componentkey` names it). */
  topCard: Element | null;
  headline?: string;
  experience: { title?: string; company?: string; companyUrl?: string; location?: string };
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

const JSON_LD = 'structured data (JSON-LD)';

// "Jul 2021 - Present · 2 yrs 3 mos", "2019 – 2022", "3 yrs": an experience entry's dates, never a title.
const DATES = /^(?:\p{L}{3,9}\.? )?(?:19|20)\d{2}\s*[-–—]|\b\d+\s+(?:yrs?|mos?|years?|months?)\b/iu;
const notDates = (value: string | undefined) => (value && !DATES.test(value) ? value : undefined);

const FULL_NAME: Strategy<Profile>[] = [
  ['embedded page data', (p) => joinName(p.embedded?.firstName, p.embedded?.lastName)],
  [JSON_LD, (p) => p.guest?.name],
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
  [JSON_LD, (p) => p.guest?.title],
  ['experience section', (p) => notDates(p.experience.title)],
  ['headline', (p) => splitHeadline(p.headline).title],
];

const COMPANY: Strategy<Profile>[] = [
  ['embedded page data', (p) => p.embedded?.company],
  [JSON_LD, (p) => p.guest?.company],
  // The entry's location line ("Leeds, England") is never its company.
  ['experience section', (p) => (p.experience.company !== p.experience.location ? notDates(p.experience.company) : undefined)],
  // Classic top card: a button labelled "Current company: X. Click to skip to experience card".
  [
    'top card',
    (p) =>
      /^Current company:\s*(.+?)\.\s+Click/i.exec(
        p.doc.querySelector('main [aria-label^="Current company:"]')?.getAttribute('aria-label') ?? '',
      )?.[1],
  ],
  ['headline', (p) => splitHeadline(p.headline).company],
];

const LOCATION: Strategy<Profile>[] = [
  ['embedded page data', (p) => p.embedded?.location],
  [JSON_LD, (p) => p.guest?.location],
  ['top card', (p) => textOf(p.doc.querySelector('main span.text-body-small.inline.t-black--light.break-words'))],
  // Signed-out layout: the first line under the headline ("Leeds, England, United Kingdom · 500+ connections").
  ['top card', (p) => guestSubline(p.doc)],
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

/** The headline: embedded data, classic top card, the newer layout's first paragraph, or the signed-out top card. */
function headlineOf(doc: Document, topCard: Element | null, embedded?: EmbeddedProfile): string | undefined {
  return (
    embedded?.headline ??
    textOf(doc.querySelector('main .text-body-medium.break-words')) ??
    sduiLines(topCard)[0] ??
    textOf(doc.querySelector('.top-card-layout__headline'))
  );
}

/** The signed-out top card's location: its first subline item that is not a count of connections or followers. */
function guestSubline(doc: Document): string | undefined {
  const items = [...doc.querySelectorAll('.top-card-layout__first-subline span, .top-card__subline-item')].map((item) => textOf(item));
  return items.find((item) => item && !/\b(connections?|followers?)\b/i.test(item));
}

/**
 * The signed-out layout's Experience: `li.experience-item` (one role) or `li.experience-group` (a
 * company with several roles), each line in its own classed element, so the date line and the
 * location line are never read as title or company.
 */
function guestExperience(doc: Document): Profile['experience'] | undefined {
  const entry = doc.querySelector('section[data-section="experience"] li, section.experience li');
  if (!entry) return undefined;
  const line = (selector: string) => textOf(entry.querySelector(selector));
  const companyLink = entry.querySelector('a[href*="/company/"]');
  const group = entry.matches('.experience-group') ? entry : null;
  return {
    title: group ? line('.experience-group-position__title, li h3') : line('.experience-item__title, .profile-section-card__title, h3'),
    company: group
      ? line('.experience-group-header__company, h4')
      : line('.experience-item__subtitle, .profile-section-card__subtitle, h4'),
    companyUrl: companyLink?.getAttribute('href') ?? undefined,
    location: line('.experience-item__location, .experience-group-position__location, .experience-item__meta-item:not(:first-child)'),
  };
}

/**
 * The current position: the first entry of the Experience section (the section holding `#experience`
 * or headed "Experience"). A company with several roles lists the company first and the roles inside.
 */
function experienceOf(doc: Document): Profile['experience'] {
  const guest = guestExperience(doc);
  if (guest) return guest;
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
  // An entry that starts with its dates has no title or company line this layout can tell apart.
  if (title && DATES.test(title)) return { companyUrl };
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
    const guest = embedded ? undefined : guestProfile(doc, slug, (href) => slugIn(href));
    const profile: Profile = {
      doc,
      url,
      embedded,
      guest,
      topCard,
      headline: headlineOf(doc, topCard, embedded),
      experience: experienceOf(doc),
    };
    const draft = new DraftBuilder('linkedin', url.href)
      .first('fullName', profile, FULL_NAME)
      .first('title', profile, TITLE)
      .first('company', profile, COMPANY)
      .first('location', profile, LOCATION)
      .first('linkedinUrl', profile, PROFILE_URL);
    draft.set('firstName', embedded?.firstName, 'embedded page data');
    draft.set('lastName', embedded?.lastName, 'embedded page data');
    draft.set('companyLinkedinUrl', guest?.companyUrl, JSON_LD);
    draft.set(
      'companyLinkedinUrl',
      profile.experience.companyUrl && new URL(profile.experience.companyUrl, url).href,
      'experience section',
    );
    return draft.get('fullName') ? [draft.build()] : [];
  },
  identity: (doc, url) =>
    identityFromLinks(doc, slugIn(url.pathname), 'main a[href*="/overlay/contact-info"], main a[href*="/overlay/about-this-profile"]'),
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
