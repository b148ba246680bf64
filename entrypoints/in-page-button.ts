import { renderSaveButton, SAVE_BUTTON_CSS } from '@/components/in-page/save-button';
import { sendFromContent } from '@/lib/browser/content';
import { extractWith, identityWith, LINKEDIN_SITES } from '@/lib/extract';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';

// The optional in-page button (Settings → "Save to Leadline" button on LinkedIn, off by default).
// Injected by the background only when the setting is on, so the LinkedIn content script stays small.
const isProfile = () => /^\/in\/[^/]+\/?$/.test(location.pathname);

/**
 * Saves the person the profile's top card shows through the background, which never renames or
 * overwrites a stored lead from here. The status names no one: it shows nothing the page does not.
 */
async function savePerson(): Promise<string> {
  if (identityWith(LINKEDIN_SITES, document, location.href) === 'stale') return 'The profile is still loading: try again in a moment.';
  const [draft] = extractWith(LINKEDIN_SITES, document, location.href).filter((found) => found.fullName);
  if (!draft) return 'Leadline found nobody to save on this page.';
  let saved: boolean;
  try {
    ({ saved } = await sendFromContent('inpage.save', { draft }));
  } catch {
    return 'Leadline could not save this profile: open the side panel to review it.';
  }
  return saved ? 'Saved to Leadline: review it in the side panel' : 'Nothing was saved.';
}

export default defineUnlistedScript(() => {
  const ctx = new ContentScriptContext('leadline-in-page-button');
  let ui: ShadowRootContentScriptUi<() => void> | undefined;
  let pending = false;
  const update = async () => {
    if (isProfile() && !ui && !pending) {
      pending = true;
      ui = await createShadowRootUi(ctx, {
        name: 'leadline-save-button',
        // Closed: the page's script cannot reach the button or read its status.
        mode: 'closed',
        position: 'inline',
        anchor: 'body',
        append: 'last',
        css: SAVE_BUTTON_CSS,
        onMount: (container) => renderSaveButton(container, savePerson),
        onRemove: (teardown) => teardown?.(),
      });
      pending = false;
      ui.mount();
    } else if (!isProfile() && ui) {
      ui.remove();
      ui = undefined;
    }
  };
  ctx.addEventListener(window, 'wxt:locationchange', () => void update());
  void update();
});
