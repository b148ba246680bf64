// The popup's early rows (early-popup.ts) between the early script drawing them and React's first
// commit replacing them: a click on one of their buttons is kept and made again on the same button
// of React's render (the two renders are the same tree), and what was typed in the search box is
// carried over, so nothing the user did in those few milliseconds is lost.

const SLOT = Symbol.for('leadline.earlyPopup');

interface Shown {
  drawn: HTMLElement;
  /** Child indexes from the page's root to the last button clicked. */
  clicked?: number[];
  stop: AbortController;
}
type Slot = { [SLOT]?: Shown | 'closed' };
const slot = globalThis as Slot;

function pathOf(root: Element, target: Element): number[] {
  const path: number[] = [];
  for (let node: Element | null = target; node && node !== root; node = node.parentElement) {
    path.unshift(node.parentElement ? [...node.parentElement.children].indexOf(node) : -1);
  }
  return path;
}

function at(root: Element, path: number[]): Element | undefined {
  let node: Element | undefined = root;
  for (const index of path) node = node?.children[index];
  return node;
}

/**
 * Puts the early rows in `root` (the page's empty React root) and keeps their clicks; false when
 * React's render has started already (closeEarlyPopup), or `root` holds anything: then nothing is drawn.
 * Only clicks `isUserEvent` accepts (the user's own, by default) are kept.
 */
export function showEarlyPopup(root: HTMLElement, drawn: HTMLElement, isUserEvent = (event: Event) => event.isTrusted): boolean {
  if (slot[SLOT] !== undefined || root.firstChild) return false;
  const shown: Shown = { drawn, stop: new AbortController() };
  root.addEventListener(
    'click',
    (event) => {
      const button = event.target instanceof Element ? event.target.closest('button') : null;
      if (!button || !drawn.isConnected || !drawn.contains(button)) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      if (isUserEvent(event)) shown.clicked = pathOf(root, button);
    },
    { capture: true, signal: shown.stop.signal },
  );
  root.append(drawn);
  slot[SLOT] = shown;
  // React's search box takes the focus as it mounts (autoFocus): keys typed before that land here.
  // Focused with the first frame's own style pass, not one forced now, before the main script runs.
  requestAnimationFrame(() => {
    if (drawn.isConnected) drawn.querySelector('input')?.focus();
  });
  return true;
}

/** True while the early rows are in the page, before React's render has started. */
export function earlyPopupShown(): boolean {
  const shown = slot[SLOT];
  return shown !== undefined && shown !== 'closed';
}

/**
 * Called as React's first render starts: from now on nothing is drawn early. Returns what to run
 * once React's first commit is in `root`: it lets the early rows go and repeats on React's render
 * the click and the typing they received.
 */
export function closeEarlyPopup(root: HTMLElement): () => void {
  const shown = slot[SLOT];
  slot[SLOT] = 'closed';
  if (!shown || shown === 'closed') return () => undefined;
  return () => {
    shown.stop.abort();
    // React's first commit replaces the root's children; this only covers a render that did not.
    shown.drawn.remove();
    // The click first: typing turns Today into search results, and its row would be gone.
    const target = shown.clicked && at(root, shown.clicked);
    if (target instanceof HTMLButtonElement && !target.disabled) target.click();
    const typed = shown.drawn.querySelector('input')?.value;
    const search = root.querySelector('input[type="search"]');
    if (typed && search instanceof HTMLInputElement) {
      // Through the value setter React watches, then the event its onChange listens to.
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(search, typed);
      search.dispatchEvent(new Event('input', { bubbles: true }));
    }
  };
}
