import { nameForms, type NameForms, type NameProblem, type Script, type Spelling } from './names';
import { comparableLocal, PATTERNS, type EmailPattern } from './patterns';
import { isFreeMail, isRoleAddress, normaliseDomain } from './roles';

/** A person to guess for. */
export interface PersonName {
  fullName: string;
  firstName?: string;
  lastName?: string;
}

/** An address Leadline holds, with the name of its owner when known. */
export interface KnownAddress {
  fullName?: string;
  firstName?: string;
  lastName?: string;
  email: string;
}

/** Why there is no guess. */
export type NoGuessReason = NameProblem | 'no-domain' | 'free-mail' | 'too-few' | 'no-pattern' | 'tie' | 'taken';

/** Sentences the UI shows for each reason (the domain is filled in by `describeNoGuess`). */
const REASONS: Record<NoGuessReason, string> = {
  'no-name': 'No name to build an address from.',
  initials: 'Only initials are known: a full name is needed for {domain}’s pattern.',
  'single-name': 'Only one name is known: an address needs a first and a last name.',
  'non-latin': 'The name is in a script none of your addresses at {domain} show a spelling for.',
  'no-domain': 'No company domain is known for this person.',
  'free-mail': '{domain} is a public webmail domain: colleagues there share no pattern.',
  'too-few': 'Fewer than 2 addresses of people at {domain} are known: not enough to see a pattern.',
  'no-pattern': 'The addresses at {domain} follow no single pattern.',
  tie: 'The addresses at {domain} are split between two patterns.',
  taken: 'The likely address at {domain} already belongs to someone else.',
};

/** The sentence for a reason, for one domain. */
export function describeNoGuess(reason: NoGuessReason, domain: string): string {
  return REASONS[reason].replace('{domain}', domain || 'this company');
}

/** How far a guess can be trusted. */
export type Confidence = 'high' | 'medium' | 'low';

/** One pattern's share of the domain's addresses. */
export interface PatternCount {
  pattern: string;
  support: number;
  /** What this pattern would give for the person (undefined when it cannot be written for them). */
  email?: string;
}

/** A guess and everything that explains it. */
export interface Guess {
  email: string;
  pattern: string;
  support: number;
  total: number;
  confidence: Confidence;
  /** The known addresses that follow the pattern (the evidence). */
  supporting: KnownAddress[];
  /** Other patterns seen at the domain (conflicting evidence), most support first. */
  others: PatternCount[];
  /** Personal addresses at the domain that follow no known pattern. */
  unmatched: number;
  /** Other spellings of the same address the data cannot rule out (Müller → mueller@). */
  alternatives: string[];
}

export type Explanation =
  { ok: true; domain: string; guess: Guess } | { ok: false; domain: string; reason: NoGuessReason; message: string };

interface Analysed {
  known: KnownAddress;
  patterns: Set<string>;
  /** Spelling choices of the matches (umlaut:expand, surname:joined, …). */
  choices: string[];
  script?: Script;
}

/** One mail system spells every part of a name the same way: no ü → ue in one part and ü → u in the other. */
function consistent(first: Spelling, last: Spelling): boolean {
  return !first.choices.some(
    (choice) => choice.startsWith('umlaut:') && last.choices.some((other) => other.startsWith('umlaut:') && other !== choice),
  );
}

/** Which patterns an address follows for its owner's name, and the spelling choices that made it. */
export function matchAddress(forms: NameForms, email: string): { patterns: Set<string>; choices: string[] } {
  const local = comparableLocal(email);
  const patterns = new Set<string>();
  const choices: string[] = [];
  for (const first of forms.first) {
    for (const last of forms.last) {
      if (!consistent(first, last)) continue;
      for (const pattern of PATTERNS) {
        if (pattern.needsFirst && forms.firstIsInitial) continue;
        if (pattern.write({ first: first.text, last: last.text }) !== local) continue;
        patterns.add(pattern.id);
        choices.push(...first.choices, ...last.choices);
      }
    }
  }
  return { patterns, choices };
}

// What an address teaches depends only on it and its owner's name: kept, so the next guess at the
// same domain (the other people of a team page, the next lead) spells no name twice. Bounded.
const ANALYSED = new Map<string, Omit<Analysed, 'known'> | null>();
const ANALYSED_LIMIT = 5000;

/** The patterns an address follows for its owner's name, or null when the name cannot be read. */
function analyseAddress(entry: KnownAddress, email: string): Omit<Analysed, 'known'> | null {
  const key = `${email}\u0000${entry.fullName ?? ''}\u0000${entry.firstName ?? ''}\u0000${entry.lastName ?? ''}`;
  const cached = ANALYSED.get(key);
  if (cached !== undefined) return cached;
  const forms = nameForms({ fullName: entry.fullName ?? '', firstName: entry.firstName, lastName: entry.lastName });
  const result = 'problem' in forms ? null : { ...matchAddress(forms, email), ...(forms.script ? { script: forms.script } : {}) };
  if (ANALYSED.size >= ANALYSED_LIMIT) ANALYSED.clear();
  ANALYSED.set(key, result);
  return result;
}

/** Picks, for each choice a name allows, the option the domain's data used most (the first listed on a tie). */
function preferred(spellings: readonly Spelling[], counts: ReadonlyMap<string, number>): Spelling[] {
  const score = (spelling: Spelling) => spelling.choices.reduce((sum, choice) => sum + (counts.get(choice) ?? 0), 0);
  return spellings
    .map((spelling, index) => ({ spelling, index, score: score(spelling) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((entry) => entry.spelling);
}

const same = (a: string, b: string) => a === b;

/**
 * The likely address of `person` at `domain`, from the addresses Leadline holds there, with the
 * evidence; or why there is no honest guess. Pure.
 */
export function explainLikelyEmail(person: PersonName, domainInput: string, known: ReadonlyArray<KnownAddress>): Explanation {
  const domain = normaliseDomain(domainInput);
  const no = (reason: NoGuessReason): Explanation => ({ ok: false, domain, reason, message: describeNoGuess(reason, domain) });
  if (!domain) return no('no-domain');
  if (isFreeMail(domain)) return no('free-mail');

  // One entry per address, personal addresses only, with a name that can be read.
  const seen = new Set<string>();
  const analysed: Analysed[] = [];
  for (const entry of known) {
    const email = entry.email.trim().toLowerCase();
    const at = email.lastIndexOf('@');
    if (at < 1 || email.slice(at + 1) !== domain || seen.has(email) || isRoleAddress(email)) continue;
    const match = analyseAddress(entry, email);
    if (!match) continue;
    seen.add(email);
    analysed.push({ known: { ...entry, email }, ...match });
  }
  const total = analysed.length;

  const forms = nameForms(person);
  if ('problem' in forms && forms.problem !== 'initials') return no(forms.problem);
  if (total < 2) return no('too-few');
  if ('problem' in forms) return no(forms.problem);
  // A non-Latin name is spelled only the way the domain's own data shows people of that script spelled.
  if (forms.script && !analysed.some((entry) => entry.script === forms.script && entry.patterns.size)) return no('non-latin');

  const choiceCounts = new Map<string, number>();
  for (const entry of analysed) for (const choice of new Set(entry.choices)) choiceCounts.set(choice, (choiceCounts.get(choice) ?? 0) + 1);
  const firsts = preferred(forms.first, choiceCounts);
  const lasts = preferred(forms.last, choiceCounts);
  const write = (pattern: EmailPattern, first = firsts[0]!, last = lasts[0]!) =>
    pattern.needsFirst && forms.firstIsInitial ? undefined : `${pattern.write({ first: first.text, last: last.text })}@${domain}`;

  const counts: PatternCount[] = PATTERNS.map((pattern) => ({
    pattern: pattern.id,
    support: analysed.filter((entry) => entry.patterns.has(pattern.id)).length,
    email: write(pattern),
  })).filter((count) => count.support > 0);
  counts.sort((a, b) => b.support - a.support);
  const best = counts[0];
  const unmatched = analysed.filter((entry) => !entry.patterns.size).length;
  if (!best || best.support < 2 || best.support * 2 < total) return no('no-pattern');
  if (!best.email) return no('initials');
  // Patterns that write the same address for this person agree; only a different address conflicts.
  const rival = counts.find((count) => count.email !== best.email && count.support > 0);
  if (rival && rival.support === best.support) return no('tie');
  const others = counts.filter((count) => count.pattern !== best.pattern && count.email !== best.email);

  const personName = nameKey(person);
  const owner = analysed.find((entry) => same(entry.known.email, best.email!));
  if (owner && nameKey(owner.known) !== personName) return no('taken');

  const bestPattern = PATTERNS.find((pattern) => pattern.id === best.pattern)!;
  const alternatives = new Set<string>();
  const axis = (choice: string) => choice.slice(0, choice.indexOf(':'));
  const decided = new Set([...choiceCounts.keys()].map(axis));
  for (const first of firsts) {
    for (const last of lasts) {
      if (!consistent(first, last)) continue;
      const undecided = [...first.choices, ...last.choices].every((choice) => !decided.has(axis(choice)));
      const candidate = write(bestPattern, first, last);
      if (candidate && candidate !== best.email && undecided && first.choices.length + last.choices.length > 0) alternatives.add(candidate);
    }
  }
  const shownAlternatives = [...alternatives].slice(0, 2);
  const share = best.support / total;
  const confidence: Confidence =
    best.support >= 3 && share >= 0.8 && !shownAlternatives.length ? 'high' : share >= 0.6 && best.support >= 2 ? 'medium' : 'low';
  return {
    ok: true,
    domain,
    guess: {
      email: best.email,
      pattern: best.pattern,
      support: best.support,
      total,
      confidence,
      supporting: analysed.filter((entry) => entry.patterns.has(best.pattern)).map((entry) => entry.known),
      others,
      unmatched,
      alternatives: shownAlternatives,
    },
  };
}

function nameKey(person: { fullName?: string; firstName?: string; lastName?: string }): string {
  const forms = nameForms({ fullName: person.fullName ?? '', firstName: person.firstName, lastName: person.lastName });
  if ('problem' in forms) return '';
  return `${forms.first[0]?.text ?? ''} ${forms.last[0]?.text ?? ''}`;
}
