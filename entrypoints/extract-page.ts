import { extractProspects, pageBylines, pageIdentity } from '@/lib/extract';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';

// Injected on demand (activeTab + scripting) into pages without a Leadline content script: reads the
// page once and evaluates to the same reply a content script sends for `extract`. No browser APIs,
// no listeners: nothing stays behind in the page. A single-page app (X, GitHub, Instagram, YouTube,
// Bluesky) that still shows the previous profile after in-app navigation is not ready: the panel
// asks again shortly rather than show that profile under the new address; pages without a handle
// are compared with what the tab showed before by the panel (lib/capture/arrival.ts).
export default defineUnlistedScript(() => {
  const identity = pageIdentity(document, location.href);
  const stale = identity === 'stale';
  return {
    url: location.href.slice(0, 4000),
    ready: !stale,
    checked: identity === 'match',
    drafts: stale ? [] : extractProspects(document, location.href),
    bylines: stale ? [] : pageBylines(document, location.href),
  };
});
