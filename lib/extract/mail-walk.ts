import { cleanText } from './clean';

/**
 * A message body as lines of text, the way a reader sees it, with the quoted parts its markup names
 * left out. Pure DOM walking over `textContent` (no layout), so it runs the same in happy-dom and in
 * the page. Small on purpose: the webmail content scripts run it and send the lines; the plain-text
 * quote rules (many languages) run in the extension (mail-text.ts).
 */

// Elements that start a new line (a signature table's cells count: "Name | Title" sit side by side).
const BLOCKS = new Set(
  'ADDRESS ARTICLE BLOCKQUOTE BR DD DIV DL DT FOOTER H1 H2 H3 H4 H5 H6 HEADER HR LI OL P PRE SECTION TABLE TD TH TR UL'.split(' '),
);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD', 'TITLE']);

/**
 * Elements that hold someone else's words and nothing after them in the body depends on: they are
 * left out and the walk goes on (text written after a quote is the writer's: bottom-posting, inline
 * replies). Gmail wraps quotes and forwards in `.gmail_quote` (in received mail as
 * `m_<digits>gmail_quote`, hence `[class*=…]`); Apple Mail, Thunderbird and others use `blockquote`;
 * Yahoo `.yahoo_quoted`.
 */
export const QUOTE_SKIP = ['[class*="gmail_quote"]', 'blockquote', '[class*="yahoo_quoted"]'].join(',');

/**
 * Elements from which on everything is older mail: Outlook writes its header block (`#divRplyFwdMsg`,
 * `x_divRplyFwdMsg` once the message is received) before the quote and `#appendonsend` before that;
 * the quoted message follows as siblings, not inside them. The new Outlook puts the header block and
 * the quote in `#mail-editor-reference-message-container`.
 */
export const QUOTE_STOP = ['[id*="divRplyFwdMsg"]', '[id$="appendonsend"]', '[id*="mail-editor-reference-message-container"]'].join(',');

/** Both: any element that starts or holds quoted mail (a signature inside one is not the writer's). */
export const QUOTE_START = `${QUOTE_SKIP},${QUOTE_STOP}`;

/** The line put where a quote element was left out, so the text rules know a quote stood there. */
export const QUOTE_MARK = '\u2063>';

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
 * The lines of `root`: elements matching `skip` (quotes, a signature read on its own) are left out
 * (a quote leaves a `QUOTE_MARK` line), and the walk ends at the first element matching `stop`.
 * At most `maxChars` are read. No plain-text rule is applied: see mail-text.ts `bodyText`.
 */
export function walkBody(root: Element, skip = QUOTE_SKIP, stop = QUOTE_STOP, maxChars = 50_000): BodyText {
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
      if (SKIPPED.has(element.tagName)) continue;
      if (stop && element.matches(stop)) {
        stopped = true;
        return;
      }
      if (skip && element.matches(skip)) {
        breakLine();
        if (element.matches(QUOTE_SKIP) && lines[lines.length - 1] !== QUOTE_MARK) lines.push(QUOTE_MARK);
        continue;
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
  return { lines, links: links.filter((link) => link.line < lines.length) };
}

/**
 * The first lines of a message's own words, for a log snippet in the content script: up to a quote
 * mark, a ">" line, a "--" line or a line ending in ":" that names an address or a dashed separator
 * (attributions and header blocks in any language), and without a short sign-off among the last
 * lines ("Best,", "Thanks, Ana", "-Ana"). The full rules are mail-text.ts's.
 */
export function leadingLines(lines: readonly string[]): string[] {
  let end = lines.findIndex((line) => line === QUOTE_MARK || /^(>|--\s*$|[-_]{5,})|@.*[:：]$|^\S{1,20}\s?[:：]\s.*@/.test(line));
  if (end < 0) end = lines.length;
  for (let index = end - 1; index >= 1 && index >= end - 8; index -= 1) {
    if (/^([\p{L}' ]{2,30}[,!]|[\p{L}' ]{2,30}, \p{Lu}[\p{L}.-]*|[-–—] ?\p{Lu}[\p{L}.-]*( \p{Lu}[\p{L}.-]*)?)$/u.test(lines[index]!))
      return lines.slice(0, index);
  }
  return lines.slice(0, end);
}
