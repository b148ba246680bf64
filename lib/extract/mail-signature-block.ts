import type { BodyLink, BodyText } from './mail-walk';

/**
 * Where a message's signature is: its client's own signature element, else the lines after a "--"
 * line or a sign-off ("Best,", "Kind regards"), else a last paragraph carrying contact details. Small
 * on purpose: the webmail content scripts run this and send the few lines it finds; the parser
 * (mail-signature.ts) reads them in the extension, outside the mail page.
 */

/** At most this many lines after the marker are a signature. */
export const MAX_SIGNATURE_LINES = 12;

// A line that is only a sign-off ("Best,", "Kind regards", "Cheers!"), in the languages reps meet most.
const SIGN_OFF =
  /^(best|best regards|best wishes|all the best|kind regards|kindest regards|warm regards|warmest regards|regards|many thanks|thanks|thanks again|thank you|thx|cheers|sincerely|yours|yours sincerely|yours truly|talk soon|speak soon|cordialement|bien cordialement|bien à vous|mit freundlichen grüßen|mit freundlichen grüssen|viele grüße|beste grüße|liebe grüße|saludos|un saludo|atentamente|cordiali saluti|distinti saluti|met vriendelijke groet|groeten|cumprimentos|atenciosamente|obrigad[oa]|med vänliga hälsningar|vänliga hälsningar|hälsningar|med venlig hilsen|mvh)\s*[,.!-]*$/i;
// The same phrases followed by the name on one line ("Thanks, Ines").
export const SIGN_OFF_WITH_NAME = /^(best|best regards|kind regards|regards|thanks|thank you|cheers|saludos|cordialement)[,!-]\s+(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3})$/iu;
const SEPARATOR = /^(--|—|–|-- ?|_{3,}|-{3,})$/;
/**
 * The lines of a message body that form its signature (`start`..`end`), and where the message's own
 * words end (`cut`: before the "--" or sign-off line); none when there is no sign of a signature.
 */
export function findSignature(lines: readonly string[]): { start: number; end: number; cut: number } | undefined {
  const end = lines.length;
  for (let index = end - 1; index >= 0 && index >= end - 25; index -= 1) {
    const line = lines[index]!;
    if (SEPARATOR.test(line) || SIGN_OFF.test(line)) {
      return index + 1 < end ? { start: index + 1, end: Math.min(end, index + 1 + MAX_SIGNATURE_LINES), cut: index } : undefined;
    }
    if (SIGN_OFF_WITH_NAME.test(line)) return { start: index, end: Math.min(end, index + MAX_SIGNATURE_LINES), cut: index };
  }
  // No marker: the last paragraph, when it carries contact details (a phone, a link, an address).
  let start = end;
  while (start > 0 && lines[start - 1]) start -= 1;
  if (end - start < 2 || end - start > 8) return undefined;
  const block = lines.slice(start, end).join('\n');
  if (!/\+?\d[\d\s().-]{6,}\d|https?:\/\/|www\.|linkedin\.com|@/.test(block)) return undefined;
  return { start, end, cut: start };
}

/** A signature's lines and the links inside them (line numbers relative to `lines`). */
export interface SignatureLines {
  lines: string[];
  links: BodyLink[];
}

/**
 * What the content script sends for a thread's sender: the lines of their newest message as walked
 * (quote elements left out; the receiver applies the plain-text rules and finds the signature), and
 * their client's signature element when the message has one (`block`).
 */
export interface SenderSignature extends SignatureLines {
  email: string;
  block?: SignatureLines;
}

/**
 * The signature lines of a message: its client's signature block when it has one (`block`), else the
 * lines `findSignature` picks at the end of its body. Undefined when neither shows one.
 */
export function signatureLines(body: BodyText, block?: BodyText): SignatureLines | undefined {
  if (block?.lines.length) return { lines: block.lines.slice(0, 30), links: block.links.filter((link) => link.line < 30) };
  const found = findSignature(body.lines);
  if (!found) return undefined;
  const links = body.links.filter((link) => link.line >= found.start && link.line < found.end).map((link) => ({ ...link, line: link.line - found.start }));
  return { lines: body.lines.slice(found.start, found.end), links };
}
