import { describe, expect, it } from 'vitest';
import {
  campaignsFromRules,
  channelFromUtm,
  describeRule,
  draftCampaignFromUtm,
  findUtmCampaign,
  localIsoDate,
  planCampaignTags,
  ruleMatches,
} from '@/lib/campaigns';
import { CampaignSchema, SOURCE_LABELS, TaggingRuleSchema, type Campaign, type CampaignInput } from '@/lib/model';
import { SOCIAL_NETWORKS } from '@/lib/model/source';

const campaign = (input: Partial<CampaignInput> & { id: string; name: string }): Campaign =>
  CampaignSchema.parse({ createdAt: 1, updatedAt: 1, ...input });
const rule = (input: Record<string, unknown>) => TaggingRuleSchema.parse({ id: 'r', campaignId: 'c', ...input });

const NOV_10 = Date.UTC(2026, 10, 10, 12);

describe('tagging rules', () => {
  it('match by capture site and inclusive date range', () => {
    const q4Social = rule({ campaignId: 'q4', sources: ['linkedin', 'sales-navigator'], from: '2026-11-01', to: '2026-11-30' });
    const at = (source: 'linkedin' | 'gmail', date: string) => ({ source, url: 'https://www.linkedin.com/in/x/', date });
    expect(ruleMatches(q4Social, at('linkedin', '2026-11-01'))).toBe(true);
    expect(ruleMatches(q4Social, at('linkedin', '2026-11-30'))).toBe(true);
    expect(ruleMatches(q4Social, at('linkedin', '2026-12-01'))).toBe(false);
    expect(ruleMatches(q4Social, at('linkedin', '2026-10-31'))).toBe(false);
    expect(ruleMatches(q4Social, at('gmail', '2026-11-10'))).toBe(false);
    expect(ruleMatches({ ...q4Social, enabled: false }, at('linkedin', '2026-11-10'))).toBe(false);
  });

  it.each(SOCIAL_NETWORKS)('name %s as the capture site: its captures only', (network) => {
    const social = rule({ campaignId: 'q4', sources: [network], from: '2026-12-01', to: '2026-12-31' });
    const other = SOCIAL_NETWORKS.find((candidate) => candidate !== network)!;
    expect(ruleMatches(social, { source: network, url: 'https://example.test/profile', date: '2026-12-05' })).toBe(true);
    expect(ruleMatches(social, { source: other, url: 'https://example.test/profile', date: '2026-12-05' })).toBe(false);
    expect(ruleMatches(social, { source: network, url: 'https://example.test/profile', date: '2027-01-01' })).toBe(false);
    expect(describeRule(social)).toContain(SOURCE_LABELS[network]);
  });

  it('match a page address fragment, case-blind, on any site when no site is named', () => {
    const expo = rule({ campaignId: 'expo', urlContains: 'SaaStock' });
    expect(ruleMatches(expo, { source: 'web', url: 'https://saastock.example/speakers', date: '2026-11-10' })).toBe(true);
    expect(ruleMatches(expo, { source: 'web', url: 'https://other.example/', date: '2026-11-10' })).toBe(false);
  });

  it('tag each campaign once, in rule order', () => {
    const rules = [
      rule({ id: '1', campaignId: 'a' }),
      rule({ id: '2', campaignId: 'b', sources: ['gmail'] }),
      rule({ id: '3', campaignId: 'a' }),
    ];
    expect(campaignsFromRules(rules, { source: 'linkedin', url: 'https://x.example/', date: '2026-01-01' })).toEqual(['a']);
    expect(campaignsFromRules(rules, { source: 'gmail', url: 'https://x.example/', date: '2026-01-01' })).toEqual(['a', 'b']);
  });

  it('refuse a range that ends before it starts', () => {
    expect(TaggingRuleSchema.safeParse({ id: 'r', campaignId: 'c', from: '2026-12-01', to: '2026-11-01' }).error?.issues[0]?.message).toBe(
      'The rule ends before it starts',
    );
  });

  it('read as a sentence', () => {
    expect(
      describeRule(rule({ sources: ['linkedin', 'sales-navigator'], urlContains: 'acme', from: '2026-11-01', to: '2026-11-30' })),
    ).toBe('LinkedIn, Sales Navigator · pages containing “acme” · 2026-11-01 to 2026-11-30');
    expect(describeRule(rule({}))).toBe('Any site');
  });

  it('use the workspace time zone for the capture date', () => {
    const lateEvening = Date.UTC(2026, 10, 30, 23, 30);
    expect(localIsoDate(lateEvening, 'UTC')).toBe('2026-11-30');
    expect(localIsoDate(lateEvening, 'Europe/Berlin')).toBe('2026-12-01');
    expect(localIsoDate(lateEvening, 'America/Los_Angeles')).toBe('2026-11-30');
    expect(localIsoDate(lateEvening, 'Not/AZone')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('UTM matching', () => {
  const campaigns = [
    campaign({ id: 'plain', name: 'Autumn webinar', utmCampaign: 'Autumn-Webinar', createdAt: 5 }),
    campaign({ id: 'li', name: 'Autumn webinar (LinkedIn)', utmCampaign: 'autumn-webinar', utmSource: 'linkedin', createdAt: 6 }),
    campaign({ id: 'old', name: 'Old webinar', utmCampaign: 'old-webinar', status: 'archived' }),
  ];

  it('matches utm_campaign case-blind and prefers the campaign whose source agrees', () => {
    expect(findUtmCampaign(campaigns, { utm_campaign: 'autumn-webinar', utm_source: 'LinkedIn' })?.id).toBe('li');
    expect(findUtmCampaign(campaigns, { utm_campaign: 'AUTUMN-webinar' })?.id).toBe('plain');
    // The LinkedIn-only campaign contradicts a newsletter source; the silent one still matches.
    expect(findUtmCampaign(campaigns, { utm_campaign: 'autumn-webinar', utm_source: 'newsletter' })?.id).toBe('plain');
  });

  it('still finds an archived campaign, and nothing for an unknown or missing utm_campaign', () => {
    expect(findUtmCampaign(campaigns, { utm_campaign: 'old-webinar' })?.id).toBe('old');
    expect(findUtmCampaign(campaigns, { utm_campaign: 'spring-launch' })).toBeUndefined();
    expect(findUtmCampaign(campaigns, { utm_source: 'linkedin' })).toBeUndefined();
  });

  it.each([
    [{ utm_source: 'linkedin' }, 'linkedin'],
    [{ utm_source: 'google', utm_medium: 'cpc' }, 'paid-search'],
    [{ utm_source: 'newsletter' }, 'email'],
    [{ utm_source: 'twitter' }, 'x'],
    [{ utm_source: 'fb', utm_medium: 'social' }, 'facebook'],
    [{ utm_source: 'partner-site', utm_medium: 'referral' }, 'referral'],
    [{ utm_source: 'somewhere' }, 'other'],
  ] as const)('guesses the channel of %j as %s', (tags, channel) => {
    expect(channelFromUtm(tags)).toBe(channel);
  });

  it('drafts a campaign from an unclaimed utm_campaign, for review', () => {
    const draft = CampaignSchema.parse(
      draftCampaignFromUtm(
        { utm_campaign: 'spring-launch', utm_source: 'linkedin', utm_medium: 'social' },
        'https://www.acme.example/p?utm_campaign=spring-launch',
        'new-id',
        NOV_10,
      ),
    );
    expect(draft).toMatchObject({
      id: 'new-id',
      name: 'spring-launch',
      channel: 'linkedin',
      medium: 'social',
      utmCampaign: 'spring-launch',
      utmSource: 'linkedin',
      status: 'draft',
      cost: 0,
      notes:
        'Created automatically from a link tagged utm_campaign=spring-launch, utm_source=linkedin, utm_medium=social on www.acme.example. Channel guessed: LinkedIn.',
    });
  });
});

describe('planCampaignTags', () => {
  const campaigns = [
    campaign({ id: 'q4', name: 'Q4 social' }),
    campaign({ id: 'webinar', name: 'Autumn webinar', utmCampaign: 'autumn-webinar' }),
    campaign({ id: 'gone', name: 'Archived', status: 'archived' }),
  ];
  const settings = { activeCampaignId: 'q4', taggingRules: [rule({ campaignId: 'webinar', sources: ['linkedin'] })], timeZone: 'UTC' };

  it('lists rule tags, then the active campaign, then the UTM campaign, each once', () => {
    const draft = { source: 'linkedin' as const, sourceUrl: 'https://www.linkedin.com/in/x/?utm_campaign=spring' };
    expect(planCampaignTags(draft, settings, campaigns, NOV_10)).toEqual([
      { campaignId: 'webinar', name: 'Autumn webinar', reason: 'rule' },
      { campaignId: 'q4', name: 'Q4 social', reason: 'active' },
      { name: 'spring', reason: 'utm-new' },
    ]);
  });

  it('skips an archived or deleted active campaign', () => {
    const draft = { source: 'gmail' as const, sourceUrl: 'https://mail.google.com/mail/u/0/' };
    expect(planCampaignTags(draft, { ...settings, activeCampaignId: 'gone' }, campaigns, NOV_10)).toEqual([]);
    expect(planCampaignTags(draft, { ...settings, activeCampaignId: 'deleted' }, campaigns, NOV_10)).toEqual([]);
  });
});
