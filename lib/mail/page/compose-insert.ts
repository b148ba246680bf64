/**
 * Text into the message being written, inside Gmail or Outlook. Plain text only: it becomes text
 * nodes and line breaks, never markup, whatever it contains. Runs in the content script.
 */

/** Where the text went: at the user's caret, or at the start of the message when the caret was elsewhere. */
export type Placement = 'caret' | 'start';

/**
 * Inserts `text` at the caret in `body` (a contenteditable editor), replacing any selected text, and
 * leaves the caret after it. Then, through `later`, dispatches the `input` event the editor listens
 * to: Gmail saves a draft only when its editor reports input, and not while the insertion is still
 * on the stack.
 */
export function insertPlainText(body: HTMLElement, text: string, later: (run: () => void) => void): Placement {
  const doc = body.ownerDocument;
  const selection = doc.getSelection();
  const current = selection?.rangeCount ? selection.getRangeAt(0) : undefined;
  const atCaret = !!current && body.contains(current.startContainer) && body.contains(current.endContainer);
  const range = atCaret ? current : doc.createRange();
  if (!atCaret) range.setStart(body, 0);
  range.deleteContents();
  const fragment = doc.createDocumentFragment();
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    if (index > 0) fragment.append(doc.createElement('br'));
    if (line) fragment.append(doc.createTextNode(line));
  });
  const last = fragment.lastChild;
  range.insertNode(fragment);
  if (last) {
    range.setStartAfter(last);
    range.collapse(true);
    selection?.removeAllRanges();
    selection?.addRange(range);
  }
  body.focus({ preventScroll: true });
  later(() => body.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text })));
  return atCaret ? 'caret' : 'start';
}

/**
 * Fills an empty subject field (a subject the user typed is never replaced), and tells the page as a
 * typed value would. Returns whether it filled it.
 */
export function fillEmptySubject(input: HTMLInputElement | null | undefined, subject: string): boolean {
  if (!input || input.value.trim() || !subject.trim()) return false;
  input.value = subject;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
}
