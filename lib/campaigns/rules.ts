import {
  CHANNEL_LABELS,
  SOURCE_LABELS,
  type Campaign,
  type CampaignInput,
  type CaptureSource,
  type Channel,
  type SourceTags,
  type TaggingRule,
} from '../model';

/** What a rule looks at: where and when a lead was captured. */
export interface CaptureContext {
  source: CaptureSource;
  url: string;
  /** The capture's calendar date (`YYYY-MM-DD`) in the workspace time zone. */
  date: string;
}

/** The calendar date of `at` in `timeZone` (the browser's own when empty), as `YYYY-MM-DD`. */
export function localIsoDate(at: number, timeZone?: string): string {
  // en-CA writes dates as YYYY-MM-DD.
  const format = (zone: string | undefined) =>
    new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
  try {
    return format(timeZone || undefined);
  } catch {
    return format(undefined); // An unknown zone name: fall back to the browser's.
  }
}

/** True when a capture falls under the rule: its site, its page address and its date range. */
export function ruleMatches(rule: TaggingRule, capture: CaptureContext): boolean {
  if (!rule.enabled) return false;
  if (rule.sources.length && !rule.sources.includes(capture.source)) return false;
  if (rule.urlContains && !capture.url.toLowerCase().includes(rule.urlContains)) return false;
  if (rule.from && capture.date < rule.from) return false;
  if (rule.to && capture.date > rule.to) return false;
  return true;
}

/** The campaigns the enabled rules tag a capture with, in rule order, each once. */
export function campaignsFromRules(rules: readonly TaggingRule[], capture: CaptureContext): string[] {
  return [...new Set(rules.filter((rule) => ruleMatches(rule, capture)).map((rule) => rule.campaignId))];
}

/** A rule in words: "LinkedIn, Sales Navigator · pages containing “acme” · 2026-11-01 to 2026-11-30". */
export function describeRule(rule: TaggingRule): string {
  const parts = [rule.sources.length ? rule.sources.map((source) => SOURCE_LABELS[source]).join(', ') : 'Any site'];
  if (rule.urlContains) parts.push(`pages containing “${rule.urlContains}”`);
  if (rule.from && rule.to) parts.push(`${rule.from} to ${rule.to}`);
  else if (rule.from) parts.push(`from ${rule.from}`);
  else if (rule.to) parts.push(`until ${rule.to}`);
  return parts.join(' · ');
}

/** UTM values compare trimmed and case-blind: people type "Q4-Social" and "q4-social" for one link. */
export function normaliseUtm(value: string | undefined): string {
  return (value ?? '').trim().toLowerCase();
}

/**
 * The campaign a page's UTM tags point at: same `utm_campaign`; when the campaign also names a UTM
 * source or medium, the page's must not contradict it. Among several, one whose source and medium
 * agree beats one that is silent on them, and a live campaign beats an archived one.
 */
export function findUtmCampaign(campaigns: readonly Campaign[], tags: SourceTags): Campaign | undefined {
  const wanted = normaliseUtm(tags.utm_campaign);
  if (!wanted) return undefined;
  let best: { campaign: Campaign; score: number } | undefined;
  for (const campaign of campaigns) {
    if (normaliseUtm(campaign.utmCampaign) !== wanted) continue;
    let score = campaign.status === 'archived' ? 0 : 4;
    const pairs: Array<[string | undefined, string | undefined, number]> = [
      [campaign.utmSource, tags.utm_source, 2],
      [campaign.medium, tags.utm_medium, 1],
    ];
    let contradicts = false;
    for (const [mine, page, weight] of pairs) {
      if (!normaliseUtm(mine) || !normaliseUtm(page)) continue;
      if (normaliseUtm(mine) === normaliseUtm(page)) score += weight;
      else contradicts = true;
    }
    if (contradicts) continue;
    if (!best || score > best.score || (score === best.score && campaign.createdAt < best.campaign.createdAt)) {
      best = { campaign, score };
    }
  }
  return best?.campaign;
}

// utm_source / utm_medium spellings seen in the wild, mapped to our channels; first match wins.
const CHANNEL_HINTS: ReadonlyArray<[RegExp, Channel]> = [
  [/linkedin|lnkd/, 'linkedin'],
  [/^(x|twitter|t\.co)$|twitter/, 'x'],
  [/facebook|^fb$|meta/, 'facebook'],
  [/instagram|^ig$/, 'instagram'],
  [/youtube|^yt$/, 'youtube'],
  [/webinar/, 'webinar'],
  [/event|conference|booth|meetup/, 'events'],
  [/cpc|ppc|paid[-_ ]?search|adwords|google[-_ ]?ads|bing[-_ ]?ads/, 'paid-search'],
  [/e-?mail|newsletter|mailchimp/, 'email'],
  [/referral|partner|affiliate/, 'referral'],
  [/blog|content|seo|organic/, 'content'],
];

/** The channel a UTM-tagged link most likely belongs to (medium first, then source), else "other". */
export function channelFromUtm(tags: SourceTags): Channel {
  for (const value of [normaliseUtm(tags.utm_medium), normaliseUtm(tags.utm_source)]) {
    if (!value) continue;
    const hit = CHANNEL_HINTS.find(([pattern]) => pattern.test(value));
    if (hit) return hit[1];
  }
  return 'other';
}

/** The draft campaign created for a `utm_campaign` no campaign claims, for the marketer to review. */
export function draftCampaignFromUtm(tags: SourceTags, pageUrl: string, id: string, now: number): CampaignInput {
  let host = '';
  try {
    host = new URL(pageUrl).hostname;
  } catch {
    // Left out of the note below.
  }
  const channel = channelFromUtm(tags);
  const seen = [
    `utm_campaign=${tags.utm_campaign ?? ''}`,
    tags.utm_source ? `utm_source=${tags.utm_source}` : '',
    tags.utm_medium ? `utm_medium=${tags.utm_medium}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  return {
    id,
    name: (tags.utm_campaign ?? '').trim().slice(0, 200),
    channel,
    medium: tags.utm_medium?.trim().slice(0, 100) || undefined,
    utmCampaign: tags.utm_campaign?.trim(),
    utmSource: tags.utm_source?.trim() || undefined,
    status: 'draft',
    notes: `Created automatically from a link tagged ${seen}${host ? ` on ${host}` : ''}. Channel guessed: ${CHANNEL_LABELS[channel]}.`,
    createdAt: now,
    updatedAt: now,
  };
}
