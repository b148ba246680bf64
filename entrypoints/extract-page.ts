import { extractProspects, pageBylines } from '@/lib/extract';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';

// Injected on demand (activeTab + scripting) into pages without a Leadline content script: reads the
// page once and evaluates to the same reply a content script sends for `extract`. No browser APIs,
// no listeners: nothing stays behind in the page.
export default defineUnlistedScript(() => ({
  url: location.href.slice(0, 4000),
  ready: true,
  drafts: extractProspects(document, location.href),
  bylines: pageBylines(document, location.href),
}));
