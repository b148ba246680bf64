import { useLayoutEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { FLOOR_SHOWN_MARK } from '@/lib/perf';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';

// The floor of any React page of this extension: React loaded, evaluated and one element rendered.
// The popup and the side panel cannot open faster than this (see bench/README.md). A script of its
// own, like bench-api.ts, so the shipped pages' chunks stay as in production.
function Floor() {
  useLayoutEffect(() => void performance.mark(FLOOR_SHOWN_MARK), []);
  return <p id="floor">React rendered.</p>;
}

export default defineUnlistedScript(() => {
  createRoot(document.getElementById('root')!).render(<Floor />);
});
