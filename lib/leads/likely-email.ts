import { z } from 'zod';
import { companyDomains, type LeadlineDB, parseForWrite, parseStored, writeTx } from '../db';
import {
  approveGuess,
  confirmEmails,
  explainLikelyEmail,
  isFreeMail,
  isRoleAddress,
  nameForms,
  normaliseDomain,
  openGuess,
  withGuessedEmail,
  type Explanation,
  type KnownAddress,
} from '../emails';
import { domainAddresses } from '../db';
import {
  DOMAIN_ADDRESS_LIMIT,
  newId,
  type EmailConfirmer,
  type EmailEvidence,
  type EmailGuess,
  type Lead,
  type ProspectDraft,
} from '../model';

/**
 * The likely email of a person from what Leadline holds: the company's domain (the lead's own, its
 * website, its captured company, other leads of the same company), the addresses known at that
 * domain (leads through the `emailDomains` index, addresses seen on pages and in messages through
 * `emailEvidence`), and the guess with its evidence in words.
 */

/** Enough addresses to see a pattern; more only costs time (a big customer can have thousands of leads). */
export const KNOWN_ADDRESS_LIMIT = DOMAIN_ADDRESS_LIMIT;

/** Where a known address comes from, for the evidence sentence. */
export type KnownOrigin = { kind: 'lead'; leadId: string } | { kind: 'page' | 'message'; url?: string; at: number };

/** A known address with its origin. */
export type KnownWithOrigin = KnownAddress & { origin: KnownOrigin };

/** A person to find the company domain of (a draft or a lead). */
export interface CompanyHints {
  companyDomain?: string;
  websiteUrl?: string;
  company?: string;
  companyId?: string;
  /** A lead's own id: left out of "other leads of the same company". */
  leadId?: string;
}

/** The domain and how Leadline knows it. */
export interface DomainFound {
  domain: string;
  from: 'company domain' | 'website' | 'captured company page' | 'other leads of this company';
}

/** The most counted domain (ties: the first in alphabetical order), or undefined. */
const mostCounted = (counts: Record<string, number>, usable: (domain: string) => string | undefined) =>
  Object.entries(counts)
    .filter(([domain]) => usable(domain))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];

/**
 * The company domain of a person, or undefined when nothing Leadline holds names one. Two reads by
 * key at most: the captured company the person is linked to, and the domains known for the
 * company's name (lib/db/company-domains.ts).
 */
export async function companyDomainFor(db: LeadlineDB, hints: CompanyHints): Promise<DomainFound | undefined> {
  const usable = (value: string | undefined) => {
    const domain = normaliseDomain(value);
    return domain && !isFreeMail(domain) ? domain : undefined;
  };
  const own = usable(hints.companyDomain);
  if (own) return { domain: own, from: 'company domain' };
  const site = usable(hints.websiteUrl);
  // A personal site on a hosting platform says nothing about the employer.
  if (site && !/(^|\.)(linkedin\.com|github\.io|medium\.com|substack\.com|wordpress\.com|about\.me)$/.test(site))
    return { domain: site, from: 'website' };
  if (hints.companyId) {
    const company = parseStored('companies', await db.get('companies', hints.companyId));
    const domain = usable(company?.domain ?? company?.websiteUrl);
    if (domain) return { domain, from: 'captured company page' };
  }
  if (!hints.company) return undefined;
  const known = await companyDomains(db, hints.company);
  if (!known) return undefined;
  const page = mostCounted(known.pages, usable);
  if (page) return { domain: page, from: 'captured company page' };
  // The person's own lead is counted too only when it holds a company domain or a confirmed company
  // address, and then it has its own domain (above) or needs no guess.
  const other = mostCounted(known.leads, usable);
  return other ? { domain: other, from: 'other leads of this company' } : undefined;
}

/**
 * The addresses Leadline holds at `domain`: confirmed addresses of leads, then addresses seen on
 * pages and in messages. One read: the domain's summary, kept as those records are written.
 */
export async function knownAddressesAt(db: LeadlineDB, domain: string, exceptLeadId?: string): Promise<KnownWithOrigin[]> {
  const summary = await domainAddresses(db, domain);
  const known: KnownWithOrigin[] = [];
  const seen = new Set<string>();
  for (const entry of [...(summary?.leads ?? []), ...(summary?.seen ?? [])]) {
    if ((entry.leadId !== undefined && entry.leadId === exceptLeadId) || seen.has(entry.email)) continue;
    seen.add(entry.email);
    known.push({
      fullName: entry.fullName,
      firstName: entry.firstName,
      lastName: entry.lastName,
      email: entry.email,
      origin:
        entry.kind === 'lead'
          ? { kind: 'lead', leadId: entry.leadId ?? '' }
          : { kind: entry.kind, at: entry.at ?? 0, ...(entry.url ? { url: entry.url } : {}) },
    });
  }
  return known;
}

/** A guess (or why there is none) with its evidence in words. */
export interface LikelyEmailView {
  explanation: Explanation;
  found?: DomainFound;
  /** "4 of your 5 leads at fernhollow.example use first.last", "seen on fernhollow.example/team you read on 12 Nov". */
  evidence: string[];
  /** Conflicting evidence: other patterns, addresses that follow none, other spellings. */
  conflicts: string[];
  /** What the lead stores when the guess is added. */
  guess?: EmailGuess;
}

/** The person a guess is for: a draft or a lead. */
export type PersonForGuess = CompanyHints & { fullName?: string; firstName?: string; lastName?: string };

const DAY_MONTH = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' });

/** "fernhollow.example/team" from a page address. */
function pageName(url: string | undefined): string {
  if (!url) return 'a page';
  try {
    const parsed = new URL(url);
    const path = parsed.pathname.replace(/\/$/, '');
    return `${parsed.hostname.replace(/^www\./, '')}${path}`.slice(0, 80);
  } catch {
    return 'a page';
  }
}

/** Works out the likely email of a person and says why, reading only the domain's addresses. */
export async function likelyEmailFor(db: LeadlineDB, person: PersonForGuess, now = Date.now()): Promise<LikelyEmailView> {
  const fullName = person.fullName ?? [person.firstName, person.lastName].filter(Boolean).join(' ');
  const found = await companyDomainFor(db, person);
  const known = found ? await knownAddressesAt(db, found.domain, person.leadId) : [];
  const explanation = explainLikelyEmail({ fullName, firstName: person.firstName, lastName: person.lastName }, found?.domain ?? '', known);
  if (!explanation.ok) return { explanation, evidence: [], conflicts: [], ...(found ? { found } : {}) };
  const { guess, domain } = explanation;
  const supporting = new Set(guess.supporting.map((entry) => entry.email));
  // Leads count as the guess's `total` does: personal addresses whose owner's name can be read.
  const leadsAll = known.filter((entry) => entry.origin.kind === 'lead' && !isRoleAddress(entry.email) && !('problem' in nameForms(entry)));
  const leadSupport = leadsAll.filter((entry) => supporting.has(entry.email)).length;
  const leadTotal = leadsAll.length;
  const evidence: string[] = [];
  if (leadSupport)
    evidence.push(
      `${leadSupport} of your ${leadTotal} lead${leadTotal === 1 ? '' : 's'} at ${domain} use${leadSupport === 1 ? 's' : ''} ${guess.pattern}`,
    );
  const pages = new Map<string, number>();
  let messages = 0;
  let lastMessage = 0;
  for (const entry of known) {
    if (!supporting.has(entry.email)) continue;
    if (entry.origin.kind === 'page') {
      const key = `${pageName(entry.origin.url)}\u0000${entry.origin.at}`;
      pages.set(key, Math.max(pages.get(key) ?? 0, entry.origin.at));
    } else if (entry.origin.kind === 'message') {
      messages++;
      lastMessage = Math.max(lastMessage, entry.origin.at);
    }
  }
  const pageLines = new Map<string, number>();
  for (const [key, at] of pages) {
    const name = key.split('\u0000')[0]!;
    pageLines.set(name, Math.max(pageLines.get(name) ?? 0, at));
  }
  for (const [name, at] of [...pageLines].slice(0, 3)) evidence.push(`seen on ${name} you read on ${DAY_MONTH.format(at)}`);
  if (messages)
    evidence.push(`${messages} address${messages === 1 ? '' : 'es'} in emails you opened (last on ${DAY_MONTH.format(lastMessage)})`);
  const conflicts = [
    ...guess.others.map(
      (other) =>
        `${other.support} of ${guess.total} use${other.support === 1 ? 's' : ''} ${other.pattern}${other.email ? ` (${other.email})` : ''}`,
    ),
    ...(guess.unmatched ? [`${guess.unmatched} of ${guess.total} follow${guess.unmatched === 1 ? 's' : ''} no known pattern`] : []),
    ...guess.alternatives.map((email) => `also possible: ${email} (nothing at ${domain} shows how names like this are spelled)`),
  ];
  const summary = [evidence.join('; '), conflicts.length ? `conflicting: ${conflicts.join('; ')}` : ''].filter(Boolean).join('. ');
  return {
    explanation,
    found,
    evidence,
    conflicts,
    guess: {
      email: guess.email,
      pattern: guess.pattern,
      support: guess.support,
      total: guess.total,
      evidence: summary.slice(0, 1000),
      at: now,
    },
  };
}

/** Adds a guessed address to a lead (marked guessed, with its provenance); nothing when the lead has it already. */
export async function addGuessedEmail(db: LeadlineDB, leadId: string, guess: EmailGuess, now = Date.now()): Promise<Lead> {
  return writeTx(db, ['leads', 'activities'], async (tx) => {
    const lead = parseStored('leads', await tx.objectStore('leads').get(leadId));
    if (!lead) throw new Error('That lead no longer exists');
    if (lead.emails.includes(guess.email)) return lead;
    const next = parseForWrite('leads', withGuessedEmail(lead, guess, now));
    await tx.objectStore('leads').put(next);
    await tx.objectStore('activities').put(
      parseForWrite('activities', {
        id: newId(),
        leadId,
        type: 'updated',
        at: now,
        summary: `Added the guessed address ${guess.email} (${guess.pattern}, ${guess.support} of ${guess.total})`,
        details: { fields: 'emails', guessed: guess.email },
      }),
    );
    return next;
  });
}

const CONFIRMED_BY: Record<EmailConfirmer, string> = {
  reply: 'a reply from it',
  'logged-email': 'a logged email',
  import: 'an import',
  capture: 'a capture',
  user: 'you',
};

/** The timeline entry for a confirmed guess. */
export function confirmedActivity(leadId: string, emails: readonly string[], by: EmailConfirmer, now: number) {
  return parseForWrite('activities', {
    id: newId(),
    leadId,
    type: 'updated',
    at: now,
    summary: `${emails.join(', ')} confirmed by ${CONFIRMED_BY[by]}`,
    details: { fields: 'emails', confirmed: emails.join(', '), by },
  });
}

/** Confirms guessed addresses of a lead (a reply from it, the user saying so); nothing when none was guessed. */
export async function confirmGuessedEmails(
  db: LeadlineDB,
  leadId: string,
  emails: readonly string[],
  by: EmailConfirmer,
  now = Date.now(),
): Promise<string[]> {
  return writeTx(db, ['leads', 'activities'], async (tx) => {
    const lead = parseStored('leads', await tx.objectStore('leads').get(leadId));
    if (!lead) return [];
    const result = confirmEmails(lead, emails, by, now);
    if (!result.confirmed.length) return [];
    await tx.objectStore('leads').put(parseForWrite('leads', result.lead));
    await tx.objectStore('activities').put(confirmedActivity(leadId, result.confirmed, by, now));
    return result.confirmed;
  });
}

/** Records that the user agreed once to use a guessed address in sequence steps. */
export async function approveGuessedEmail(db: LeadlineDB, leadId: string, email: string, now = Date.now()): Promise<void> {
  await writeTx(db, ['leads'], async (tx) => {
    const lead = parseStored('leads', await tx.objectStore('leads').get(leadId));
    if (!lead || !openGuess(lead, email)) return;
    await tx.objectStore('leads').put(parseForWrite('leads', approveGuess(lead, email, now)));
  });
}

const SeenSchema = z.object({ fullName: z.string(), email: z.string() });

/** One evidence record for a name seen beside an address, or undefined when it teaches no personal pattern. */
function evidenceRecord(
  seen: { fullName?: string; firstName?: string; lastName?: string; email?: string },
  where: { source: EmailEvidence['source']; url?: string },
  now: number,
): EmailEvidence | undefined {
  const fullName = seen.fullName ?? [seen.firstName, seen.lastName].filter(Boolean).join(' ');
  if (!SeenSchema.safeParse({ fullName, email: seen.email }).success || !fullName || !seen.email) return undefined;
  const email = seen.email.toLowerCase();
  const domain = email.slice(email.lastIndexOf('@') + 1);
  if (!domain || isFreeMail(domain) || isRoleAddress(email)) return undefined;
  return {
    id: email,
    email,
    domain,
    fullName,
    ...(seen.firstName ? { firstName: seen.firstName } : {}),
    ...(seen.lastName ? { lastName: seen.lastName } : {}),
    kind: where.source === 'gmail' || where.source === 'outlook' ? 'message' : 'page',
    source: where.source,
    url: where.url,
    at: now,
    updatedAt: now,
  };
}

/** Evidence records for the named people with company addresses among `drafts` (a page or a message read). */
export function evidenceFromDrafts(drafts: readonly ProspectDraft[], now: number): EmailEvidence[] {
  const out = new Map<string, EmailEvidence>();
  for (const draft of drafts) {
    const record = evidenceRecord(draft, { source: draft.source, url: draft.sourceUrl }, now);
    if (record) out.set(record.id, record);
  }
  return [...out.values()];
}

/**
 * Evidence records for every named participant of a logged message (its sender and everyone it was
 * sent to): a colleague copied on a prospect's reply shows the company's pattern as well as the sender.
 */
export function evidenceFromParticipants(
  people: ReadonlyArray<{ name?: string; email: string }>,
  where: { source: 'gmail' | 'outlook'; url?: string },
  now: number,
): EmailEvidence[] {
  const out = new Map<string, EmailEvidence>();
  for (const person of people) {
    const record = person.name ? evidenceRecord({ fullName: person.name, email: person.email }, where, now) : undefined;
    if (record) out.set(record.id, record);
  }
  return [...out.values()];
}

/** Keeps the addresses a page or message showed beside a name as evidence (one record per address, the latest sighting). */
export async function recordSeenAddresses(db: LeadlineDB, drafts: readonly ProspectDraft[], now = Date.now()): Promise<number> {
  const records = evidenceFromDrafts(drafts, now);
  if (!records.length) return 0;
  await writeTx(db, ['emailEvidence'], async (tx) => {
    await Promise.all(records.map((record) => tx.store.put(parseForWrite('emailEvidence', record))));
  });
  return records.length;
}
