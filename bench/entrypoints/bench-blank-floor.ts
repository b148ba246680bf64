import { FLOOR_SHOWN_MARK } from '@/lib/perf';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';

// The floor of any page of this extension: an element parsed and a tiny script run, nothing else.
export default defineUnlistedScript(() => {
  performance.mark(FLOOR_SHOWN_MARK);
});
