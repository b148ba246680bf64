import { domainOfEmail, isFreeMailDomain, normaliseLinkedinCompanyUrl, normaliseLinkedinProfileUrl } from '../keys';
import { cleanEmail, cleanName, cleanPhone, cleanText, cleanUrl } from './clean';
import { looksLikeName } from './contacts';
import type { ProspectDraft } from '../model';
import { DraftBuilder, type Field } from './draft';
import { isMobileFooter, MAX_SIGNATURE_LINES, signatureLines, signOffName, type SenderSignature } from './mail-signature-block';
import { ownText, type BodyLink, type BodyText } from './mail-text';
import { threadPeople, type MailDrafts } from './mail-thread';

/**
 * Reading a mail signature, shared by Gmail and Outlook: title, company, phones (best first), emails
 * and links from the lines mail-signature-block.ts found at the end of a message. Pure text work; the
 * quoted older message has already been cut off (mail-text.ts), so another person's signature cannot
 * leak in. Runs in the extension (side panel, tests, the injected page reader), never in the mail
 * page's content script: its word lists would break that script's size budget.
 */

/** What a signature says about its writer. Phones are best first (mobile, direct, other, office; never fax). */
export interface Signature {
  name?: string;
  title?: string;
  company?: string;
  phones: string[];
  emails: string[];
  linkedinUrl?: string;
  companyLinkedinUrl?: string;
  websiteUrl?: string;
}

/** Who wrote the message, as its header says. */
export interface Writer {
  name?: string;
  email?: string;
}

const NOISE =
  /^(sent from my|sent from outlook|get outlook for|envoyé de mon|von meinem|enviado desde|this (e-?mail|message)( and any attachments?)? (is|are|may be) |confidential|disclaimer|please consider the environment|book (a|time)|schedule (a|time)|pronouns?:|\[?(image|logo|banner)\b)/i;
const PRONOUNS = /\s*[([]\s*(she|he|they|ze|xe)\s*\/\s*\w+(\s*\/\s*\w+)?\s*[)\]]\s*/gi;
const EMAILS = /[A-Za-z0-9_'+\-.]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const URLS = /\bhttps?:\/\/[^\s<>"')]+|\bwww\.[^\s<>"')]+|\b(?:[a-z0-9-]+\.)*linkedin\.com\/(?:in|company)\/[^\s<>"')]+/gi;
const BARE_DOMAIN = /^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}(\/\S*)?$/i;
// Labels before a contact ("E: …", "Web: …"); a colon is required, so "linkedin.com/…" keeps its host.
const FIELD_LABEL = /^(e|email|e-mail|mail|w|web|website|site|url|li|linkedin)\s*:\s*/i;
// Phone labels, most specific first (an alternation takes the first that fits). Letters around a label
// are checked with Unicode-aware lookarounds: `\b` does not know that "é" is a letter ("Tél.").
const PHONE_LABELS =
  'mobile|mobil|mob|cellular|celular|cell|cel|handy|portable|m[oó]vil|telemóvel|tm|direct|dir|dd|telephone|telefon|tel[eé]fono|telefone|telefono|t[eé]l|phone|ph|office|work|main|switchboard|fax|m|c|d|t|p|o|w|f';
const PHONE = new RegExp(
  `(?:(?<!\\p{L})(${PHONE_LABELS})(?!\\p{L})\\.?\\s*[:.]?\\s*)?(\\+?\\(?\\d[\\d\\s().\\-/]{5,}\\d)((?:\\s*;\\s*ext=|\\s*,?\\s*(?:ext|extn|extension|x|poste|anexo|interno|ramal|доб|вн|dahili|durchwahl|dw|内線|分机|내선)\\.?\\s*:?\\s*-?\\s*|\\s*#\\s*)\\d{1,6}(?!\\d))?`,
  'giu',
);
const PHONE_LABEL_WORDS = new RegExp(`(?<!\\p{L})(${PHONE_LABELS})(?!\\p{L})\\.?\\s*[:.]?`, 'giu');
const PHONE_KIND: Record<string, number> = { mobile: 0, direct: 1, unlabelled: 2, office: 3 };
const MOBILE = /^(mobile|mobil|mob|cellular|celular|cell|cel|handy|portable|m[oó]vil|telemóvel|tm|m|c)$/i;
const DIRECT = /^(direct|dir|dd|d)$/i;
const FAX = /^(fax|f)$/i;
const SOCIAL_HOSTS =
  /(^|\.)(twitter|x|facebook|instagram|youtube|tiktok|calendly|zoom\.us|bit|t|goo|linktr|wa|bsky|threads|medium|github)\.[a-z]{2,}$/i;
const STREET =
  /\b(street|st\.|road|rd\.?|avenue|ave\.?|boulevard|blvd|suite|ste\.?|floor|fl\.|lane|way|drive|dr\.|plaza|square|sq\.|straße|strasse|str\.|platz|rue|avenida|av\.|calle|rua|via|viale|piazza|laan|gracht|weg|gatan|vägen|p\.?o\.? box|building|unit)\b/i;
const POSTCODE = /\b([A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|\d{4,5}(-\d{3,4})?|\d{2}-\d{3})\b/;
const LEGAL =
  /\b(inc|llc|llp|ltd|limited|gmbh|ag|sa|sas|sarl|srl|spa|bv|nv|plc|pty|co|corp|corporation|company|group|holdings|oy|ab|as|aps|kg|lda|s\.?a\.?|b\.?v\.?)\.?$/i;
const TITLE_WORDS =
  /\b(ceo|cto|cfo|coo|cmo|cio|cro|cpo|ciso|vp|svp|evp|avp|head|director|manager|lead|chief|officer|president|founder|co-?founder|partner|principal|engineer|developer|designer|consultant|specialist|coordinator|analyst|associate|assistant|executive|administrator|architect|owner|buyer|recruiter|representative|advisor|adviser|counsel|attorney|lawyer|accountant|controller|strategist|scientist|researcher|professor|editor|producer|supervisor|agent|secretary|treasurer|chair(man|woman|person)?|intern|directeur|directrice|responsable|gérant|gerente|jefe|jefa|leiter|leiterin|geschäftsführer(in)?|inhaber(in)?|sales|marketing|procurement|purchasing|operations)\b|^(senior|junior|sr\.?|jr\.?)\s/i;

/** The signature of a message (its client's block, else what `findSignature` picks), read; undefined when there is none. */
export function signatureOf(body: BodyText, writer: Writer, block?: BodyText): Signature | undefined {
  const found = signatureLines(body, block);
  return found && parseSignature(found.lines, found.links, writer);
}

/**
 * Drafts completed with their writers' signatures (matched by email): title, company, the most likely
 * phone, LinkedIn and website; every other phone and address the signature lists becomes an
 * alternate, offered in the panel and never merged silently.
 */
export function withSignatures(drafts: readonly ProspectDraft[], signatures: readonly SenderSignature[]): ProspectDraft[] {
  return drafts.map((draft) => {
    const found = draft.email ? signatures.find((signature) => signature.email === draft.email) : undefined;
    if (!found) return draft;
    const lines = signatureLines(ownText(found), found.block);
    if (!lines) return draft;
    const signature = parseSignature(lines.lines, lines.links, { name: draft.fullName, email: draft.email });
    const builder = new DraftBuilder(draft.source, draft.sourceUrl);
    for (const [field, value] of Object.entries(draft)) {
      if (typeof value === 'string' && field !== 'source' && field !== 'sourceUrl')
        builder.set(field as Field, value, draft.evidence[field as Field] ?? 'page');
    }
    if (signature.name?.includes(' ')) builder.set('fullName', signature.name, 'signature');
    builder.set('title', signature.title, 'signature');
    builder.set('company', signature.company, 'signature');
    builder.set('phone', signature.phones[0], 'signature');
    builder.set('linkedinUrl', signature.linkedinUrl, 'signature');
    builder.set('companyLinkedinUrl', signature.companyLinkedinUrl, 'signature');
    builder.set('websiteUrl', signature.websiteUrl, 'signature');
    builder.alternates('phones', [...(draft.alternates?.phones ?? []), ...signature.phones]);
    builder.alternates('emails', [...(draft.alternates?.emails ?? []), ...signature.emails]);
    return builder.build();
  });
}

/** A thread's people as drafts, completed with their signatures: what the mail extractors give `extractProspects`. */
export const threadDrafts: MailDrafts = (thread, source, labels) => {
  const { drafts, signatures } = threadPeople(thread, source, labels);
  return withSignatures(drafts, signatures);
};

/** Reads a signature's lines (and the links inside them) for the person who wrote it. */
export function parseSignature(lines: readonly string[], links: readonly BodyLink[], writer: Writer): Signature {
  const out: Signature = { phones: [], emails: [] };
  const phones: Array<{ value: string; rank: number }> = [];
  const texts: Array<{ text: string; line: number }> = [];
  const domainWords = companyWords(writer.email);
  const usable = lines.slice(0, MAX_SIGNATURE_LINES).map((line) => line.replace(PRONOUNS, ' ').trim());
  // A link's address is exact where its text may be shortened ("quillfield-labs.example").
  for (const link of links) readLink(link.href, out);

  usable.forEach((line, lineIndex) => {
    if (!line || line.length > 140 || NOISE.test(line) || isMobileFooter(line)) return;
    let parts = line
      .split(/\s*[|•·∙]\s*|\s+[–—]\s+(?=\S)/)
      .map((part) => part.trim())
      .filter(Boolean);
    if (!parts.length) return;
    // "Thanks, Ines" or the name line itself: the writer's name is not a title.
    const signedName = signOffName(parts[0] ?? '');
    if (signedName) parts[0] = signedName;
    if (lineIndex === firstTextLine(usable)) {
      // "Ines Duarte, Head of Procurement": the name, then the role.
      const comma = /^([^,]+),\s*(.+)$/.exec(parts[0]!);
      if (comma && TITLE_WORDS.test(comma[2]!) && isWritersName(comma[1]!, writer)) parts.splice(0, 1, comma[1]!, comma[2]!);
      if (isWritersName(parts[0]!, writer)) {
        out.name ??= cleanName(parts[0]);
        parts = parts.slice(1);
      }
    }
    for (const part of parts) {
      const rest = readContacts(part, out, phones);
      if (rest === undefined) continue;
      if (STREET.test(rest) && /\d/.test(rest)) continue;
      if (POSTCODE.test(rest) && /\d/.test(rest) && !TITLE_WORDS.test(rest)) continue;
      texts.push({ text: rest, line: lineIndex });
    }
  });
  assignRole(texts, domainWords, out);
  phones.sort((a, b) => a.rank - b.rank);
  out.phones = [...new Set(phones.map((phone) => phone.value))];
  out.emails = [...new Set(out.emails)];
  return out;
}

/** The index of the first non-blank line. */
function firstTextLine(lines: readonly string[]): number {
  return lines.findIndex(Boolean);
}

/** True when `text` is the writer's name (or reads as one, on the first line of a signature). */
function isWritersName(text: string, writer: Writer): boolean {
  const fold = (value: string) =>
    value
      .toLowerCase()
      .replace(/[^\p{L}\s]/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  const words = fold(text).split(' ');
  const known = fold(writer.name ?? '')
    .split(' ')
    .filter((word) => word.length > 1);
  if (known.length && words.length <= 6 && known.some((word) => words.includes(word))) return true;
  const local = writer.email?.split('@')[0]?.toLowerCase() ?? '';
  if (words.length >= 2 && words.length <= 4 && words.some((word) => word.length > 2 && local.includes(word))) return true;
  return looksLikeName(cleanText(text.replace(/^(dr|mr|mrs|ms|prof)\.?\s+/i, ''))) && !TITLE_WORDS.test(text);
}

/**
 * Takes emails, links and phones out of one segment of a line into `out`; returns the text left,
 * or undefined when nothing else is left in it.
 */
function readContacts(part: string, out: Signature, phones: Array<{ value: string; rank: number }>): string | undefined {
  let rest = part.replace(FIELD_LABEL, '');
  for (const match of rest.match(EMAILS) ?? []) {
    const email = cleanEmail(match);
    if (email) out.emails.push(email);
  }
  rest = rest.replace(EMAILS, ' ');
  for (const match of rest.match(URLS) ?? []) readLink(match, out);
  rest = rest.replace(URLS, ' ').trim();
  if (BARE_DOMAIN.test(rest) && !/^\d/.test(rest)) {
    readLink(`https://${rest}`, out);
    return undefined;
  }
  // A phone segment is phones and their labels only; an address line's numbers are not phones.
  const found: Array<{ value: string; rank: number }> = [];
  const withoutPhones = rest.replace(PHONE, (whole, label: string | undefined, number: string, ext: string | undefined) => {
    if (label && FAX.test(label)) return ' ';
    const rank = PHONE_KIND[!label ? 'unlabelled' : MOBILE.test(label) ? 'mobile' : DIRECT.test(label) ? 'direct' : 'office']!;
    // "+351 912 345 678 / +351 21 000 4410": two numbers joined by a slash.
    const pieces = number.replace(/\D/g, '').length > 15 ? number.split(/\s+\/\s+/) : [number];
    const values = pieces.map((piece, index) => {
      const digits = piece.replace(/\D/g, '').length;
      // The extension ("x12", "poste 12", "Durchwahl 12") stays with the number it follows.
      const written = `${piece.trim()}${index === pieces.length - 1 ? (ext ?? '') : ''}`;
      return digits >= 7 && digits <= 15 ? cleanPhone(written) : undefined;
    });
    if (values.some((value) => !value)) return whole;
    for (const value of values) found.push({ value: value!, rank });
    return ' ';
  });
  const left = withoutPhones
    .replace(PHONE_LABEL_WORDS, ' ')
    .replace(/[\s,;:/.()+-]+/g, ' ')
    .trim();
  if (found.length && !left) {
    phones.push(...found);
    return undefined;
  }
  const text = cleanText(rest.replace(/^[\s,;:|-]+|[\s,;:|-]+$/g, ''));
  return text && /\p{L}/u.test(text) ? text : undefined;
}

/** A link in a signature: the person's LinkedIn profile, their company's LinkedIn page, or the website. */
function readLink(href: string, out: Signature): void {
  const url = cleanUrl(/^www\./i.test(href) || /^linkedin\.com/i.test(href) ? `https://${href}` : href);
  if (!url) return;
  const host = new URL(url).hostname.toLowerCase();
  if (/(^|\.)linkedin\.com$/.test(host)) {
    out.linkedinUrl ??= normaliseLinkedinProfileUrl(url);
    out.companyLinkedinUrl ??= normaliseLinkedinCompanyUrl(url);
    return;
  }
  if (!SOCIAL_HOSTS.test(host) && !out.websiteUrl) out.websiteUrl = url.replace(/[.,;]+$/, '');
}

/** The words of a company's email domain ("quillfield-labs.example" → quillfield, labs); none for webmail. */
function companyWords(email: string | undefined): string[] {
  const domain = email ? domainOfEmail(email) : '';
  if (!domain || isFreeMailDomain(domain)) return [];
  const label = domain.split('.').slice(-2, -1)[0] ?? '';
  return label.split('-').filter((word) => word.length > 2);
}

const fold = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ');

/** True when a segment names a company: a legal suffix, or the words of the writer's email domain. */
function isCompany(text: string, domainWords: readonly string[]): boolean {
  if (LEGAL.test(text)) return true;
  const words = fold(text).split(' ');
  const joined = words.join('');
  return domainWords.length > 0 && domainWords.some((word) => words.includes(word) || joined === domainWords.join(''));
}

/**
 * Title and company from the text left in the signature: "Title at Company", "Title, Company",
 * "Title | Company", or a title line followed by a company line. A title with a comma of its own
 * ("Director, Clinical Operations") stays whole unless what follows the comma names a company.
 */
function assignRole(texts: ReadonlyArray<{ text: string; line: number }>, domainWords: readonly string[], out: Signature): void {
  let titleLine = -1;
  const leftovers: Array<{ text: string; line: number }> = [];
  for (const { text, line } of texts) {
    if (!out.title && !out.company) {
      const at = /^(.+?)\s+(?:at|@|bei|chez|en|na|presso|bij|på)\s+(.+)$/i.exec(text);
      if (at && TITLE_WORDS.test(at[1]!)) {
        out.title = at[1];
        out.company = at[2];
        titleLine = line;
        continue;
      }
    }
    const comma = /^(.+),\s*([^,]+)$/.exec(text);
    if (!out.title && !out.company && comma && TITLE_WORDS.test(comma[1]!) && isCompany(comma[2]!, domainWords)) {
      out.title = comma[1];
      out.company = comma[2];
      titleLine = line;
      continue;
    }
    if (!out.title && TITLE_WORDS.test(text) && !isCompany(text, domainWords)) {
      out.title = text;
      titleLine = line;
      continue;
    }
    if (!out.company && isCompany(text, domainWords)) {
      out.company = text;
      continue;
    }
    leftovers.push({ text, line });
  }
  // Without signals: the line after the title names the company (short, no sentence).
  if (out.title && !out.company) {
    const next = leftovers.find((item) => item.line === titleLine + 1 || item.line === titleLine);
    // A comma there is a place ("Rotterdam, Netherlands"), not a company.
    if (next && next.text.split(' ').length <= 6 && !/[.!?,]/.test(next.text)) out.company = next.text;
  }
  out.title = cleanText(out.title?.replace(/[,;]+$/, ''), 300);
  out.company = cleanText(out.company?.replace(/[,;]+$/, ''), 200);
}
