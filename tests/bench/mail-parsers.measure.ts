import EmailForwardParser from 'email-forward-parser';
import EmailReplyParser from 'email-reply-parser';
import planer from 'planer';
import { expect, it } from 'vitest';
import { findSignature } from '@/lib/extract/mail-signature-block';
import { bodyText, textLines } from '@/lib/extract/mail-text';
import * as C from '../unit/extract/mail-phenomena-cases';

/**
 * Runs three published mail parsers over the inputs of Leadline's own mail cases
 * (tests/unit/extract/mail-phenomena-cases.ts) and counts, per class of cases, how often each
 * gives the writer's own lines the case expects; Leadline's rules (`textLines`, `bodyText`,
 * `findSignature`) are measured the same way beside them.
 *
 *   npx vitest run --config tests/bench/mail-parsers.config.ts
 *
 * Agreement compares non-blank lines, each trimmed: the parsers keep or drop blank lines and
 * trailing spaces differently, which changes nothing a user sees. What each parser is asked:
 * email-reply-parser: the visible text (its quotes and signatures hidden); planer (a port of
 * talon's quotation rules): `extractFrom` as text/plain;
 * email-forward-parser: the note above a forward when it says the message is forwarded, else the
 * whole body. A parser that does not claim a class (planer and email-forward-parser do not cut
 * signatures) is shown as "—" there.
 */

type Kind = 'quote' | 'html' | 'signature';
interface MailCase {
  group: string;
  name: string;
  kind: Kind;
  input: string;
  /** The writer's own lines: for a signature case, the words above the signature. */
  own: string[];
}

const cases: MailCase[] = [
  ...C.ATTRIBUTIONS.map(([name, attribution]) => ({
    group: 'attribution above ">" lines',
    name,
    kind: 'quote' as const,
    input: [C.OWN, '', ...attribution, ...C.QUOTE.map((line) => `> ${line}`)].join('\n'),
    own: [C.OWN],
  })),
  ...C.ATTRIBUTIONS.map(([name, attribution]) => ({
    group: 'attribution above unprefixed text',
    name,
    kind: 'quote' as const,
    input: [C.OWN, '', ...attribution, '', ...C.QUOTE].join('\n'),
    own: [C.OWN],
  })),
  ...C.HEADER_BLOCKS.map(([name, header]) => ({
    group: 'header blocks and separators',
    name,
    kind: 'quote' as const,
    input: [C.OWN, '', 'Owen', '', ...header, '', ...C.QUOTE].join('\n'),
    own: [C.OWN, '', 'Owen'],
  })),
  ...C.FORWARDS.map(([name, marker]) => ({
    group: 'forwards with a note',
    name,
    kind: 'quote' as const,
    input: ['Greta, this one is for you.', '', ...marker, '', 'Hello,', 'the quote is attached.', '', 'Piet Vos', 'Regional Director'].join(
      '\n',
    ),
    own: ['Greta, this one is for you.'],
  })),
  ...[...C.INTERLEAVED, ...C.MORE_CLIENTS, ...C.BARE_SEPARATORS].map(([name, input, own]) => ({
    group: 'bottom-posting, inline, other clients',
    name,
    kind: 'quote' as const,
    input,
    own,
  })),
  ...C.NOT_QUOTES.map(([name, input]) => ({ group: 'not quotes', name, kind: 'quote' as const, input, own: input.split('\n') })),
  ...C.HTML_BODIES.map(([name, input, own]) => ({ group: 'HTML bodies', name, kind: 'html' as const, input, own })),
  ...C.SIGNATURES.map(([name, closing]) => ({
    group: 'signatures',
    name,
    kind: 'signature' as const,
    input: [C.BODY, '', ...closing].join('\n'),
    own: [C.BODY],
  })),
  ...[...C.MORE_SIGNATURES, ...C.EVEN_MORE_SIGNATURES].map(([name, input, words]) => ({
    group: 'signatures',
    name,
    kind: 'signature' as const,
    input,
    own: words,
  })),
  ...C.NOT_SIGNATURES.map(([name, input]) => ({
    group: 'not signatures',
    name,
    kind: 'signature' as const,
    input,
    own: input.split('\n'),
  })),
];

const element = (html: string) => {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
};

/** HTML as a text-only parser is given it: line breaks at `<br>` and block ends, tags dropped. */
function htmlToText(html: string): string {
  const marked = html.replace(/<br\s*\/?>/gi, '\n').replace(/<\/(div|p|li|tr|h[1-6]|blockquote)>/gi, '$&\n');
  return element(marked).textContent ?? '';
}

const lines = (text: string) => text.split(/\r?\n/);
const same = (got: readonly string[], want: readonly string[]) => {
  const norm = (list: readonly string[]) => list.map((line) => line.trim()).filter(Boolean);
  return JSON.stringify(norm(got)) === JSON.stringify(norm(want));
};

type Parser = (item: MailCase) => string[] | undefined;

const PARSERS: Array<[string, Parser]> = [
  [
    'Leadline rules',
    (item) => {
      const own = item.kind === 'html' ? bodyText(element(item.input)).lines : textLines(item.input);
      if (item.kind !== 'signature') return own;
      return own.slice(0, findSignature(own)?.cut ?? own.length);
    },
  ],
  [
    'email-reply-parser 2.3.9',
    (item) => lines(new EmailReplyParser().read(item.kind === 'html' ? htmlToText(item.input) : item.input).getVisibleText()),
  ],
  [
    'planer 1.2.0',
    (item) => {
      if (item.kind === 'signature') return undefined;
      // Its HTML mode walks the message with XPath (`document.evaluate`), which happy-dom lacks: HTML
      // bodies are given to it as text, as to email-reply-parser.
      if (item.kind === 'html') return lines(planer.extractFrom(htmlToText(item.input), 'text/plain'));
      return lines(planer.extractFrom(item.input, 'text/plain'));
    },
  ],
  [
    'email-forward-parser 1.8.3',
    (item) => {
      if (item.kind === 'signature') return undefined;
      const text = item.kind === 'html' ? htmlToText(item.input) : item.input;
      const result = new EmailForwardParser().read(text);
      return lines(result.forwarded ? (result.message ?? '') : text);
    },
  ],
];

it('measures each parser on the same cases', () => {
  const groups = [...new Set(cases.map((item) => item.group))];
  const table: string[][] = [['class of cases', 'cases', ...PARSERS.map(([name]) => name)]];
  const totals = PARSERS.map(() => ({ right: 0, of: 0 }));
  const misses = new Map<string, string[]>();
  for (const group of groups) {
    const inGroup = cases.filter((item) => item.group === group);
    const row = [group, String(inGroup.length)];
    PARSERS.forEach(([name, parse], index) => {
      let right = 0;
      let claimed = 0;
      for (const item of inGroup) {
        let got: string[] | undefined;
        try {
          got = parse(item);
        } catch {
          got = ['(threw)'];
        }
        if (got === undefined) continue;
        claimed++;
        if (same(got, item.own)) right++;
        else misses.set(name, [...(misses.get(name) ?? []), `${group}: ${item.name}`]);
      }
      totals[index]!.right += right;
      totals[index]!.of += claimed;
      row.push(claimed ? `${right}/${claimed}` : '—');
    });
    table.push(row);
  }
  table.push(['all', String(cases.length), ...totals.map(({ right, of }) => `${right}/${of} (${Math.round((100 * right) / of)} %)`)]);
  const widths = table[0]!.map((_, column) => Math.max(...table.map((row) => row[column]!.length)));
  console.log(table.map((row) => `| ${row.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`).join('\n'));
  if (process.env.LEADLINE_MAIL_MISSES)
    for (const [name, missed] of misses) console.log(`\n${name} misses ${missed.length}:\n  ${missed.join('\n  ')}`);
  // The table holds every case once.
  expect(cases).toHaveLength(304);
});
