import { normaliseLinkedinCompanyUrl, normaliseLinkedinProfileUrl } from '../keys';
import type { CaptureSource, DraftField, EngagementAction, ProspectDraft } from '../model';
import { cleanEmail, cleanName, cleanPhone, cleanText, cleanUrl } from './clean';

/** A field a strategy can fill (everything but the evidence map itself). */
export type Field = Exclude<DraftField, 'evidence'>;

/**
 * One way of reading a field, most robust first in a chain: the name a person sees in the panel
 * ("embedded page data", "page heading", …) and a reader that returns the raw value or undefined.
 */
export type Strategy<C> = readonly [name: string, read: (context: C) => string | null | undefined];

// Markup in a value means the page (or an attacker) put code where data belongs: refuse it.
const plain = (max: number) => (value: string) => {
  const text = cleanText(value, max);
  return text && !/<\/?[a-z!]/i.test(text) ? text : undefined;
};

/** Per-field validation, matching ProspectDraftSchema, so an invalid value falls through to the next strategy. */
const CHECK: Record<Field, (value: string) => string | undefined> = {
  fullName: cleanName,
  firstName: cleanName,
  lastName: cleanName,
  email: cleanEmail,
  phone: cleanPhone,
  title: plain(300),
  company: plain(200),
  companyDomain: (value) => {
    const domain = value.trim().toLowerCase();
    return domain.length <= 253 && /^([a-z0-9-]+\.)+[a-z]{2,}$/.test(domain) ? domain : undefined;
  },
  location: plain(200),
  linkedinUrl: normaliseLinkedinProfileUrl,
  websiteUrl: (value) => cleanUrl(value),
  salesNavId: (value) => (/^[\w-]{1,200}$/.test(value) ? value : undefined),
  companyLinkedinUrl: normaliseLinkedinCompanyUrl,
  industry: plain(200),
  companySize: plain(100),
  headquarters: plain(200),
  // Extractors normalise profile URLs (lib/leads/social.ts) before setting them: that module's word
  // lists stay out of the content scripts, which build drafts with this class too.
  socialUrl: (value) => cleanUrl(value),
  socialHandle: (value) => (/^@?[\w.@:-]{1,200}$/.test(value.trim()) ? value.trim() : undefined),
  bio: plain(1000),
};

/** Builds a draft field by field, remembering which strategy produced each value. */
export class DraftBuilder {
  private readonly draft: ProspectDraft;

  constructor(source: CaptureSource, sourceUrl: string) {
    this.draft = { source, sourceUrl, evidence: {} };
  }

  /** Sets `field` when it is still empty and `value` is valid for it; returns whether it was set. */
  set(field: Field, value: string | null | undefined, strategy: string): boolean {
    if (value === undefined || value === null || this.draft[field] !== undefined) return false;
    const checked = CHECK[field](value);
    if (checked === undefined) return false;
    this.draft[field] = checked;
    this.draft.evidence[field] = strategy;
    return true;
  }

  /** Tries `strategies` in order until one yields a valid value for `field`. */
  first<C>(field: Field, context: C, strategies: readonly Strategy<C>[]): this {
    for (const [name, read] of strategies) {
      if (this.draft[field] !== undefined) break;
      this.set(field, read(context), name);
    }
    return this;
  }

  /** The value set so far. */
  get(field: Field): string | undefined {
    return this.draft[field];
  }

  /** Marks the draft as a company (a Page, an organisation): saved as a company, never as a person. */
  company(): this {
    this.draft.kind = 'company';
    return this;
  }

  /**
   * Other social profiles the person lists: `profiles` already normalised (lib/leads/social.ts), and
   * every link the page gave, of which a LinkedIn profile becomes the lead's LinkedIn URL (a strong key).
   */
  profiles(profiles: readonly string[], links: readonly (string | null | undefined)[] = []): this {
    const own = this.draft.socialUrl;
    const list = [...new Set(profiles.filter((url) => url !== own))].slice(0, 20);
    if (list.length) this.draft.profiles = list;
    for (const url of links) if (url && this.set('linkedinUrl', url, 'profile links')) break;
    return this;
  }

  /** What the person did on the post or list the page shows. */
  engaged(action: EngagementAction, url: string): this {
    this.draft.engagement = { action, url };
    return this;
  }

  /** Records other values the page offered (kept apart, never merged silently). */
  alternates(kind: 'emails' | 'phones', values: readonly string[]): this {
    const list = [...new Set(values)].filter((value) => value !== this.draft[kind === 'emails' ? 'email' : 'phone']).slice(0, 20);
    if (list.length) this.draft.alternates = { ...this.draft.alternates, [kind]: list };
    return this;
  }

  build(): ProspectDraft {
    return { ...this.draft, evidence: { ...this.draft.evidence } };
  }
}
