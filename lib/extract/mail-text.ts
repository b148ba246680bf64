import { cleanText } from './clean';

/**
 * A message body as lines of text, the way a reader sees it, with the quoted part cut off. Pure DOM
 * walking over `textContent` (no layout), so it runs the same in happy-dom and in the page.
 */

// Elements that start a new line (a signature table's cells count: "Name | Title" sit side by side).
const BLOCKS = new Set('ADDRESS ARTICLE BLOCKQUOTE BR DD DIV DL DT FOOTER H1 H2 H3 H4 H5 H6 HEADER HR LI OL P PRE SECTION TABLE TD TH TR UL'.split(' '));
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD', 'TITLE']);

/**
 * Where the quoted older message starts in an HTML body: everything from the first match on is
 * someone else's words. Gmail wraps quotes in `.gmail_quote` (mail from other clients gets
 * `m_`-prefixed classes, hence `[class*=…]`); Outlook puts `#divRplyFwdMsg` (header block) before
 * the quote and `#appendonsend` before that; Apple Mail and others use `blockquote`.
 */
export const QUOTE_START = [
  '.gmail_quote',
  '[class*="gmail_quote"]',
  'blockquote',
  '[id*="divRplyFwdMsg"]',
  '#appendonsend',
  '[class*="yahoo_quoted"]',
].join(',');

/** Plain-text lines that introduce a quoted message (several languages), or a ">" quote line. */
const QUOTE_LINE = [
  /^on\b.{4,200}\bwrote:?$/i,
  /^le\b.{4,200}\ba écrit\s?:?$/i,
  /^am\b.{4,200}\bschrieb.{0,80}:?$/i,
  /^el\b.{4,200}\bescribió:?$/i,
  /^em\b.{4,200}\bescreveu:?$/i,
  /^op\b.{4,200}\bschreef.{0,80}:?$/i,
  /^-{2,}\s*(original message|forwarded message|message d'origine|ursprüngliche nachricht|mensaje original|mensagem original)\s*-{2,}$/i,
  /^_{8,}$/,
  /^>/,
];
/** An Outlook plain-text header block ("From: …" then "Sent:"/"Date:" within the next lines). */
const HEADER_FROM = /^(from|de|von|da|van|från|fra)\s?:\s*\S/i;
const HEADER_NEXT = /^(sent|date|envoyé|gesendet|inviato|enviado|verzonden|skickat|sendt|to|à|an|para|a|aan|till|til)\s?:/i;

/** A link in a body, with the index of the line it sits on. */
export interface BodyLink {
  href: string;
  text: string;
  line: number;
}

/** What walking an element gives: its lines (trimmed; runs of blank lines kept as one ""), and its links. */
export interface BodyText {
  lines: string[];
  links: BodyLink[];
}

/**
 * The lines of `root` up to the first element matching `stopAt` (in document order), each cleaned.
 * `skip` leaves out a subtree (a signature read on its own). At most `maxChars` are read.
 */
export function bodyText(root: Element, stopAt = QUOTE_START, skip?: string, maxChars = 50_000): BodyText {
  const lines: string[] = [];
  const links: BodyLink[] = [];
  let current = '';
  let read = 0;
  let stopped = false;
  // Blank lines are collapsed as they come, so a link's line index stays valid.
  const breakLine = () => {
    const line = cleanText(current, 5000) ?? '';
    current = '';
    if (line || (lines.length && lines[lines.length - 1])) lines.push(line);
  };
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child && !stopped; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const text = child.textContent ?? '';
        read += text.length;
        if (read > maxChars) {
          stopped = true;
          return;
        }
        current += text;
        continue;
      }
      if (child.nodeType !== 1) continue;
      const element = child as Element;
      if (SKIPPED.has(element.tagName) || (skip && element.matches(skip))) continue;
      if (stopAt && element.matches(stopAt)) {
        stopped = true;
        return;
      }
      const block = BLOCKS.has(element.tagName);
      if (block) breakLine();
      if (element.tagName === 'A') {
        const href = element.getAttribute('href');
        if (href) links.push({ href, text: cleanText(element.textContent, 300) ?? '', line: lines.length });
      }
      walk(element);
      if (block) breakLine();
    }
  };
  walk(root);
  breakLine();
  while (lines.length && !lines[lines.length - 1]) lines.pop();
  const kept = cutQuotedLines(lines);
  return { lines: kept, links: links.filter((link) => link.line < kept.length) };
}

/** Lines up to the first plain-text quote marker ("On … wrote:", "-----Original Message-----", "From: … Sent: …"). */
export function cutQuotedLines(lines: readonly string[]): string[] {
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!;
    if (QUOTE_LINE.some((pattern) => pattern.test(line))) return lines.slice(0, index);
    if (HEADER_FROM.test(line) && lines.slice(index + 1, index + 4).some((next) => HEADER_NEXT.test(next))) return lines.slice(0, index);
  }
  return [...lines];
}

/** Runs of blank lines as one, none at either end. */
function collapseBlank(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    if (!line && (!out.length || !out[out.length - 1])) continue;
    out.push(line);
  }
  while (out.length && !out[out.length - 1]) out.pop();
  return out;
}

/** Plain text (a `text/plain` body, a test's sample) as lines, quotes cut. */
export function textLines(text: string): string[] {
  return cutQuotedLines(collapseBlank(text.split(/\r?\n/).map((line) => cleanText(line, 5000) ?? '')));
}
