/**
 * The optional "Save to Leadline" button on LinkedIn profiles: plain DOM (no React in pages we do not
 * own), rendered inside a shadow root so neither LinkedIn's CSS nor ours leaks. Props in, events out.
 */

/** Styles for inside the shadow root; dark mode follows the system. */
export const SAVE_BUTTON_CSS = `
  .leadline-save { position: fixed; right: 24px; bottom: 88px; z-index: 2147483000; display: flex; gap: 8px; align-items: center;
    font: 600 14px/1.2 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
  .leadline-save button { all: unset; cursor: pointer; padding: 8px 14px; border-radius: 999px; background: #4f46e5; color: #fff;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.25); }
  .leadline-save button:focus-visible { outline: 2px solid #a5b4fc; outline-offset: 2px; }
  .leadline-save button[disabled] { opacity: 0.7; cursor: progress; }
  .leadline-save output { padding: 6px 10px; border-radius: 6px; background: #fff; color: #0f172a; box-shadow: 0 1px 4px rgb(0 0 0 / 0.2); }
  .leadline-save output:empty { display: none; }
  @media (prefers-color-scheme: dark) { .leadline-save output { background: #0f172a; color: #f1f5f9; } }
`;

/**
 * Renders the button into `container`; `save` resolves with the text to show ("Saved", an error).
 * Only a trusted click counts: the page's own script can reach the button's events but cannot make
 * them trusted. Returns the teardown.
 */
export function renderSaveButton(container: HTMLElement, save: () => Promise<string>): () => void {
  const wrapper = document.createElement('div');
  wrapper.className = 'leadline-save';
  const status = document.createElement('output');
  status.setAttribute('aria-live', 'polite');
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Save to Leadline';
  const onClick = (event: MouseEvent) => {
    if (!event.isTrusted || button.disabled) return;
    button.disabled = true;
    status.textContent = 'Saving…';
    save()
      .then((text) => (status.textContent = text))
      .catch((error: unknown) => (status.textContent = error instanceof Error ? error.message : String(error)))
      .finally(() => (button.disabled = false));
  };
  button.addEventListener('click', onClick);
  wrapper.append(status, button);
  container.append(wrapper);
  return () => {
    button.removeEventListener('click', onClick);
    wrapper.remove();
  };
}
