/**
 * Judging contact details on ordinary pages: shared mailboxes and link texts that read as names.
 * Kept apart from clean.ts so the LinkedIn content script does not carry these word lists.
 */

/** Shared mailboxes (info@, sales@…): never a person's email when a personal one is known. */
const ROLE_MAILBOXES = new Set(
  'info sales contact hello hi support help admin office team marketing press media news jobs careers hr recruiting billing accounts accounting finance enquiries inquiries noreply no-reply donotreply webmaster privacy legal service services orders partners partnerships events feedback general mail reception bookings tips newsroom editor editors letters newsletter subscriptions advertising ads abuse security'.split(
    ' ',
  ),
);

/** True for a shared mailbox such as info@ or sales@. */
export function isRoleAddress(email: string): boolean {
  return ROLE_MAILBOXES.has(email.split('@')[0] ?? '');
}

// Lower-case words that belong inside names ("Ludwig van Beethoven", "Maria de la Cruz").
const PARTICLES = new Set('van von der den de da das dos del della di du la le bin al ten ter y'.split(' '));
// Words that make link text an instruction or a mailbox, not a person ("Email Matteo", "Sales team").
const NOT_NAMES =
  /\b(email|e-mail|mail|contact|write|call|send|book|message|team|sales|support|info|press|office|general|enquiries|inquiries|us|me|here|click)\b/i;

/** True when link text reads as a person's name: two to five capitalised words (particles allowed). */
export function looksLikeName(text: string | undefined): boolean {
  const words = text?.split(' ') ?? [];
  return (
    words.length >= 2 &&
    words.length <= 5 &&
    !NOT_NAMES.test(text ?? '') &&
    words.every((word) => PARTICLES.has(word) || /^\p{Lu}[\p{L}'’.-]*$/u.test(word))
  );
}
