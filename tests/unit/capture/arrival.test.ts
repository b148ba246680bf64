// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { type Arrival, arrived, looksLikeBefore, SAME_LOOK_MS, SAME_LOOK_READS } from '@/lib/capture/arrival';
import { extractProspects, pageIdentity } from '@/lib/extract';
import { loadFixture } from '../extract-helpers';

// Three Facebook profiles a user moves between in one tab: no handle on the page to compare with
// the address, two people with one name, and a header that renders before the Intro.
const MARISOL = 'https://www.facebook.com/marisol.okafor';
const NAMESAKE = 'https://www.facebook.com/profile.php?id=100087654321098';
const TOBIAS = 'https://www.facebook.com/people/Tobias-Wrenfield/100076543210987/';
const PAGE = 'https://www.facebook.com/fernhollowbakehouse';
const FIXTURES: Record<string, string> = {
  [MARISOL]: 'social/facebook-profile.html',
  [NAMESAKE]: 'social/facebook-profile-id.html',
  [TOBIAS]: 'social/facebook-profile-people.html',
  [PAGE]: 'social/facebook-page.html',
};

const load = (url: string) => loadFixture(FIXTURES[url]!);
/** The tab at `from` after the site's router moved to `to` and rendered the new header only. */
function headerFirst(from: string, to: string): Document {
  const [doc, next] = [load(from), load(to)];
  for (const part of ['h1', '[role="tablist"]']) {
    const [old, now] = [doc.querySelector(part), next.querySelector(part)];
    if (now) old?.replaceWith(doc.importNode(now, true));
    else old?.remove();
  }
  return doc;
}
/** What the panel would be sent for `doc` at `url` (the injected reader's reply, without the browser). */
function read(doc: Document, url: string) {
  return { drafts: extractProspects(doc, url), checked: pageIdentity(doc, url) === 'match', stale: pageIdentity(doc, url) === 'stale' };
}

describe('Facebook profiles, as the panel reads them', () => {
  it.each([
    [
      MARISOL,
      {
        fullName: 'Marisol Okafor',
        company: 'Kelpwood Roasters',
        location: 'Porto, Portugal',
        websiteUrl: 'https://marisol-okafor.example/',
      },
    ],
    [NAMESAKE, { fullName: 'Marisol Okafor', company: 'Tidewater Freight', location: 'Leeds, United Kingdom', socialUrl: NAMESAKE }],
    [
      TOBIAS,
      {
        fullName: 'Tobias Wrenfield',
        company: 'Brackenridge Cycles',
        socialUrl: 'https://www.facebook.com/profile.php?id=100076543210987',
      },
    ],
  ])('%s: one person, from the profile, never the viewer or the rail', (url, expected) => {
    const drafts = extractProspects(load(url), url);
    expect(drafts).toEqual([expect.objectContaining({ source: 'facebook', ...expected })]);
    expect(JSON.stringify(drafts)).not.toMatch(/Quinn|quinn\.ashdown/);
  });

  it('calls the page stale when its own tabs name another profile of the same kind', () => {
    // Vanity tabs under a vanity address, id tabs under an id address (profile.php or /people/).
    expect(pageIdentity(load(MARISOL), 'https://www.facebook.com/someone.else')).toBe('stale');
    expect(pageIdentity(load(NAMESAKE), TOBIAS)).toBe('stale');
    expect(pageIdentity(load(TOBIAS), 'https://www.facebook.com/profile.php?id=100076543210987&sk=about')).toBe('unknown');
    // A vanity address and id tabs cannot be compared; a Page without tabs carries no handle at all.
    expect(pageIdentity(load(NAMESAKE), MARISOL)).toBe('unknown');
    expect(pageIdentity(load(PAGE), MARISOL)).toBe('unknown');
  });
});

describe('looksLikeBefore: a page without a handle after the address changed', () => {
  const shown = (url: string) => extractProspects(load(url), url);

  it('holds the previous profile still on screen under the new address', () => {
    const { drafts, checked } = read(load(MARISOL), TOBIAS);
    expect(looksLikeBefore(shown(MARISOL), MARISOL, drafts, TOBIAS, checked)).toBe(true);
  });

  it('holds the new name above the previous person’s Intro (a website, a profile elsewhere)', () => {
    const { drafts, checked } = read(headerFirst(MARISOL, TOBIAS), TOBIAS);
    expect(drafts[0]).toMatchObject({ fullName: 'Tobias Wrenfield', websiteUrl: 'https://marisol-okafor.example/' });
    expect(looksLikeBefore(shown(MARISOL), MARISOL, drafts, TOBIAS, checked)).toBe(true);
  });

  it('holds the new name above an Intro that only says where the previous person works and lives', () => {
    const { drafts, checked } = read(headerFirst(NAMESAKE, TOBIAS), TOBIAS);
    expect(drafts[0]).toMatchObject({ fullName: 'Tobias Wrenfield', company: 'Tidewater Freight' });
    expect(drafts[0]!.websiteUrl).toBeUndefined();
    expect(looksLikeBefore(shown(NAMESAKE), NAMESAKE, drafts, TOBIAS, checked)).toBe(true);
  });

  it('holds a Page’s Intro under a person’s name (a Page and a profile read differently)', () => {
    const { drafts, checked } = read(headerFirst(PAGE, MARISOL), MARISOL);
    expect(looksLikeBefore(shown(PAGE), PAGE, drafts, MARISOL, checked)).toBe(true);
    expect(looksLikeBefore(shown(PAGE), PAGE, shown(MARISOL), MARISOL, false)).toBe(false);
  });

  it('takes the new profile at once when name and details changed', () => {
    expect(looksLikeBefore(shown(MARISOL), MARISOL, shown(TOBIAS), TOBIAS, false)).toBe(false);
    expect(looksLikeBefore(shown(NAMESAKE), NAMESAKE, shown(TOBIAS), TOBIAS, false)).toBe(false);
  });

  it('holds a namesake, since nothing on the page tells the two apart', () => {
    expect(looksLikeBefore(shown(MARISOL), MARISOL, shown(NAMESAKE), NAMESAKE, false)).toBe(true);
  });

  it('takes another view of the same profile at once (its About tab)', () => {
    const about = 'https://www.facebook.com/marisol.okafor/about';
    expect(looksLikeBefore(shown(MARISOL), MARISOL, extractProspects(load(MARISOL), about), about, false)).toBe(false);
  });

  it('holds an emptied page (still loading), unless its reader vouched for it', () => {
    expect(looksLikeBefore(shown(MARISOL), MARISOL, [], TOBIAS, false)).toBe(true);
    expect(looksLikeBefore(shown(MARISOL), MARISOL, [], 'https://x.com/home', true)).toBe(false);
  });

  it('holds a list of the same people in the same order (a thread, a post), unless its reader vouched for it', () => {
    const person = (fullName: string) => ({
      fullName,
      source: 'gmail' as const,
      sourceUrl: 'https://mail.google.com/mail/u/0/',
      evidence: {},
    });
    const thread = [person('Ines Duarte'), person('Kwame Mensah')];
    const [from, to] = ['https://mail.google.com/mail/u/0/#inbox/18c2a', 'https://mail.google.com/mail/u/0/#inbox/18c2b'];
    expect(looksLikeBefore(thread, from, [person('Ines Duarte'), person('Kwame Mensah')], to, false)).toBe(true);
    expect(looksLikeBefore(thread, from, [person('Ines Duarte'), person('Kwame Mensah')], to, true)).toBe(false);
    expect(looksLikeBefore(thread, from, [person('Kwame Mensah'), person('Ines Duarte')], to, false)).toBe(false);
  });

  it('lets a reader that checked the handle show a namesake at once, but not a new name above the previous details', () => {
    const wren = {
      fullName: 'Wren Calloway',
      websiteUrl: 'https://fernhollow.example/',
      source: 'x' as const,
      sourceUrl: 'https://x.com/wren',
      evidence: {},
    };
    const namesake = { ...wren, websiteUrl: 'https://wren.example/', sourceUrl: 'https://x.com/wren_c' };
    expect(looksLikeBefore([wren], 'https://x.com/wren', [namesake], 'https://x.com/wren_c', true)).toBe(false);
    // The new header (handle and name) above the previous card's website.
    const headerFirst = { ...namesake, fullName: 'Dev Okonkwo', websiteUrl: wren.websiteUrl };
    expect(looksLikeBefore([wren], 'https://x.com/wren', [headerFirst], 'https://x.com/wren_c', true)).toBe(true);
    // Another tab of a vouched-for company page: the same name and details are right.
    const company = {
      company: 'Fernhollow',
      websiteUrl: 'https://fernhollow.example/',
      kind: 'company' as const,
      source: 'linkedin' as const,
      evidence: {},
    };
    const [home, about] = ['https://www.linkedin.com/company/fernhollow/', 'https://www.linkedin.com/company/fernhollow/about/'];
    expect(looksLikeBefore([{ ...company, sourceUrl: home }], home, [{ ...company, sourceUrl: about }], about, true)).toBe(false);
  });
});

describe('arrived: the rule over time', () => {
  const marisol = extractProspects(load(MARISOL), MARISOL);
  const start = (): Arrival => ({ at: 1000, from: MARISOL, before: marisol });

  it('walks Facebook’s render order: old page, new header, then the whole new card', () => {
    const arrival = start();
    const steps: Array<[Document, number]> = [
      [load(MARISOL), 1100],
      [headerFirst(MARISOL, TOBIAS), 1500],
      [load(TOBIAS), 1800],
    ];
    expect(steps.map(([doc, time]) => arrived(arrival, extractProspects(doc, TOBIAS), TOBIAS, false, time))).toEqual([false, false, true]);
  });

  /** Reads the same page every 200 ms from `from` to `to`; what `arrived` said each time. */
  const poll = (arrival: Arrival, drafts: ReturnType<typeof extractProspects>, from: number, to: number) => {
    const said: boolean[] = [];
    for (let time = from; time <= to; time += 200) said.push(arrived(arrival, drafts, NAMESAKE, false, time));
    return said;
  };

  it('takes a namesake once the page has stayed the same for SAME_LOOK_MS and SAME_LOOK_READS reads, not before', () => {
    const arrival = start();
    const namesake = extractProspects(load(NAMESAKE), NAMESAKE);
    // Read every 200 ms: the clock decides (the tenth read, at 2 s).
    const said = poll(arrival, namesake, 1200, 1000 + SAME_LOOK_MS + 200);
    expect(said.indexOf(true)).toBe(said.length - 2);
    expect(said.slice(-2)).toEqual([true, true]);
  });

  it('on a busy machine, waits for SAME_LOOK_READS reads of the page even when the clock says the wait is over', () => {
    const arrival = start();
    const namesake = extractProspects(load(NAMESAKE), NAMESAKE);
    // Each read takes 600 ms (the page's thread is starved): the page had time for only a few of them.
    const said: boolean[] = [];
    for (let read = 1; read <= SAME_LOOK_READS; read++) said.push(arrived(arrival, namesake, NAMESAKE, false, 1000 + read * 600));
    expect(said).toEqual([...Array<boolean>(SAME_LOOK_READS - 1).fill(false), true]);
  });

  it('does not take a page that is still changing when the wait is over', () => {
    const arrival = start();
    expect(poll(arrival, marisol, 1200, 1000 + SAME_LOOK_MS - 200)).not.toContain(true);
    // The namesake's Intro lands as the wait ends: it must be seen unchanged SAME_LOOK_READS times first.
    const namesake = extractProspects(load(NAMESAKE), NAMESAKE);
    const after = poll(arrival, namesake, 1000 + SAME_LOOK_MS, 1000 + SAME_LOOK_MS + 200 * SAME_LOOK_READS);
    expect(after.indexOf(true)).toBe(SAME_LOOK_READS - 1);
  });
});
