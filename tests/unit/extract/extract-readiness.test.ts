// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { LINKEDIN_SITES } from '@/lib/extract/linkedin';
import { answerExtract, navigationFrom, SETTLE_MS } from '@/lib/extract/readiness';
import { loadFixture, parseHtml } from '../extract-helpers';

const PRIYA = 'https://www.linkedin.com/in/priya-raghunathan/';
const INGRID = 'https://www.linkedin.com/in/ingrid-solvang-adeyemi-7a1/';
const ROSA = 'https://www.linkedin.com/in/rosa-marchetti/';

describe('answerExtract: the page is ready when it shows what its URL names', () => {
  it('is ready on a first load', () => {
    const reply = answerExtract(LINKEDIN_SITES, loadFixture('linkedin/profile-classic.html'), INGRID, undefined, 0);
    expect(reply).toMatchObject({ url: INGRID, ready: true, drafts: [expect.objectContaining({ fullName: 'Ingrid Solvang-Adeyemi' })] });
  });

  it('sends nothing while the page still shows the previous profile after in-app navigation', () => {
    // The URL already names Priya; the DOM (contact-info link, heading) is still Ingrid's.
    const doc = loadFixture('linkedin/profile-classic.html');
    const navigation = navigationFrom(LINKEDIN_SITES, doc, INGRID, 1000);
    const reply = answerExtract(LINKEDIN_SITES, doc, PRIYA, navigation, 1000 + 60_000);
    expect(reply).toEqual({ url: PRIYA, ready: false, drafts: [] });
  });

  it('is ready once the page shows the profile the URL names', () => {
    const navigation = navigationFrom(LINKEDIN_SITES, loadFixture('linkedin/profile-classic.html'), INGRID, 1000);
    const reply = answerExtract(LINKEDIN_SITES, loadFixture('linkedin/profile-stale-embedded.html'), PRIYA, navigation, 1010);
    expect(reply.ready).toBe(true);
    expect(reply.drafts.map((draft) => draft.fullName)).toEqual(['Priya Raghunathan']);
  });

  it('on layouts without an identifier, waits for the content to change (or to settle)', () => {
    // The minimal layout has no contact-info link: only the content tells the pages apart.
    const rosa = loadFixture('linkedin/profile-minimal.html');
    const navigation = { at: 1000, before: 'Rosa Marchetti' };
    expect(answerExtract(LINKEDIN_SITES, rosa, 'https://www.linkedin.com/in/someone-else/', navigation, 1500).ready).toBe(false);
    expect(answerExtract(LINKEDIN_SITES, rosa, 'https://www.linkedin.com/in/someone-else/', navigation, 1000 + SETTLE_MS).ready).toBe(true);
    const changed = parseHtml('<title>Aiko Brandt | LinkedIn</title><main><h1>Aiko Brandt</h1></main>');
    expect(answerExtract(LINKEDIN_SITES, changed, 'https://www.linkedin.com/in/aiko-brandt/', navigation, 1200)).toMatchObject({
      ready: true,
      drafts: [expect.objectContaining({ fullName: 'Aiko Brandt' })],
    });
  });

  it('treats an empty page right after navigation as still loading', () => {
    const navigation = navigationFrom(LINKEDIN_SITES, loadFixture('linkedin/profile-minimal.html'), ROSA, 1000);
    const skeleton = parseHtml('<main><div class="skeleton"></div></main>');
    expect(answerExtract(LINKEDIN_SITES, skeleton, 'https://www.linkedin.com/in/aiko-brandt/', navigation, 1100).ready).toBe(false);
  });

  it('is ready at once on pages that name nobody (the feed)', () => {
    const navigation = navigationFrom(LINKEDIN_SITES, loadFixture('linkedin/profile-minimal.html'), ROSA, 1000);
    expect(answerExtract(LINKEDIN_SITES, loadFixture('linkedin/feed.html'), 'https://www.linkedin.com/feed/', navigation, 1001)).toEqual({
      url: 'https://www.linkedin.com/feed/',
      ready: true,
      checked: true,
      drafts: [],
    });
  });
});
