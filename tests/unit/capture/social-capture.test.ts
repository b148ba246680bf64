// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { createCampaign } from '@/lib/campaigns';
import { saveReviewed } from '@/lib/capture/review';
import { saveDrafts } from '@/lib/capture/save-drafts';
import { leadTimeline, updateSettings, type LeadlineDB } from '@/lib/db';
import { extractProspects } from '@/lib/extract';
import { identityKeys } from '@/lib/keys/identity';
import { freshDb } from '../db-helpers';
import { loadFixture } from '../extract-helpers';

const DEC_02 = Date.UTC(2026, 11, 2, 12);
const NOV_20 = Date.UTC(2026, 10, 20, 12);
const POST = 'https://x.com/fernhollow/status/1865999999999999999';

let db: LeadlineDB;
beforeEach(async () => {
  db = await freshDb();
});

const campaign = (name: string) => createCampaign(db, { name, channel: 'x', cost: 0, notes: '', status: 'active' }, 'USD', NOV_20);

describe('social captures', () => {
  it('saves a post’s selected repliers with the active campaign and "Replied to <post>" on each timeline', async () => {
    const q4 = await campaign('Q4 social');
    await updateSettings(db, { activeCampaignId: q4.id });
    const drafts = extractProspects(loadFixture('social/x-post.html'), POST);
    const repliers = drafts.filter((draft) => draft.engagement?.action === 'replied');
    const results = await saveReviewed(
      db,
      repliers.map((draft) => ({ original: draft, edited: draft })),
      undefined,
      DEC_02,
    );
    expect(results.map((result) => [result.lead.fullName, result.lead.capturedFrom, result.lead.campaignIds])).toEqual([
      ['Wren Calloway', 'x', [q4.id]],
      ['Tamsin Reyes', 'x', [q4.id]],
      ['Hiroko Abara', 'x', [q4.id]],
    ]);
    const timeline = await leadTimeline(db, results[0]!.lead.id);
    expect(timeline.map((activity) => activity.summary)).toEqual(expect.arrayContaining(['Captured from X', `Replied to ${POST}`]));
    // Saving the same replier again adds no second engagement entry.
    await saveReviewed(db, [{ original: repliers[0]!, edited: repliers[0]! }], undefined, DEC_02 + 1000);
    const again = await leadTimeline(db, results[0]!.lead.id);
    expect(again.filter((activity) => activity.type === 'engaged')).toHaveLength(1);
  });

  it('tags every lead captured from X in December by the rule "X, December → Q4 social", and no LinkedIn lead', async () => {
    const q4 = await campaign('Q4 social');
    await updateSettings(db, {
      taggingRules: [{ id: 'r1', campaignId: q4.id, sources: ['x'], from: '2026-12-01', to: '2026-12-31', enabled: true }],
    });
    const fromX = extractProspects(loadFixture('social/x-profile.html'), 'https://x.com/WrenCalloway');
    const fromLinkedin = extractProspects(
      loadFixture('social/linkedin-post.html'),
      'https://www.linkedin.com/feed/update/urn:li:activity:7266000000000000123/',
    );
    const [wren] = await saveDrafts(db, fromX, DEC_02);
    const [imogen] = await saveDrafts(db, fromLinkedin.slice(0, 1), DEC_02);
    const [early] = await saveDrafts(db, extractProspects(loadFixture('social/x-likes.html'), `${POST}/likes`).slice(0, 1), NOV_20);
    expect(wren?.lead.campaignIds).toEqual([q4.id]);
    expect(imogen?.lead.campaignIds).toEqual([]);
    expect(early?.lead.campaignIds).toEqual([]);
  });

  it('joins the same person on GitHub and X through the X profile the GitHub page lists (a strong key)', async () => {
    const [onGithub] = await saveDrafts(
      db,
      extractProspects(loadFixture('social/github-user.html'), 'https://github.com/adaquenby'),
      DEC_02,
    );
    expect(onGithub?.lead.socialProfiles).toEqual([
      { network: 'github', url: 'https://github.com/adaquenby', handle: 'adaquenby' },
      { network: 'x', url: 'https://x.com/adaquenby', handle: '@adaquenby' },
      { network: 'mastodon', url: 'https://hachyderm.example/@adaq', handle: '@adaq@hachyderm.example' },
    ]);
    const onX = await saveDrafts(
      db,
      [{ fullName: 'Ada Q', source: 'x', sourceUrl: 'https://x.com/AdaQuenby', socialUrl: 'https://x.com/adaquenby', evidence: {} }],
      DEC_02,
    );
    expect(onX[0]?.created).toBe(false);
    expect(onX[0]?.lead.id).toBe(onGithub?.lead.id);
    // …and then on LinkedIn, through the LinkedIn profile the GitHub page links to.
    const onLinkedin = await saveDrafts(
      db,
      [
        {
          fullName: 'Ada Quenby',
          source: 'linkedin',
          sourceUrl: 'https://www.linkedin.com/in/ada-quenby/',
          linkedinUrl: 'https://www.linkedin.com/in/ada-quenby/',
          evidence: {},
        },
      ],
      DEC_02,
    );
    expect(onLinkedin[0]?.lead.id).toBe(onGithub?.lead.id);
    expect(await db.count('leads')).toBe(1);
  });

  it('keeps two people apart when they only share a name on two networks (no strong key)', async () => {
    await saveDrafts(
      db,
      [{ fullName: 'Sam Ortiz', source: 'x', sourceUrl: 'https://x.com/samortiz', socialUrl: 'https://x.com/samortiz', evidence: {} }],
      DEC_02,
    );
    await saveDrafts(
      db,
      [
        {
          fullName: 'Sam Ortiz',
          source: 'github',
          sourceUrl: 'https://github.com/sortiz',
          socialUrl: 'https://github.com/sortiz',
          evidence: {},
        },
      ],
      DEC_02,
    );
    expect(await db.count('leads')).toBe(2);
  });

  it('never saves a company page as a person', async () => {
    const drafts = extractProspects(loadFixture('social/github-org.html'), 'https://github.com/fernhollow-labs');
    expect(await saveDrafts(db, drafts, DEC_02)).toEqual([]);
  });

  it('makes each profile a social: key and a personal website a web: key, but not a company’s own site', () => {
    expect(identityKeys({ socialProfiles: [{ url: 'https://twitter.com/AdaQuenby' }], websiteUrl: 'https://quenby.example/' })).toEqual([
      'social:x:https://x.com/adaquenby',
      'web:quenby.example',
    ]);
    expect(identityKeys({ websiteUrl: 'https://www.fernhollow.example/', companyDomain: 'fernhollow.example' })).toEqual([]);
  });
});
