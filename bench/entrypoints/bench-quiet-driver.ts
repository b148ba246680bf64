import { benchApi } from '../lib/bench-api';
import { FLOOR_SHOWN_MARK, TODAY_SHOWN_MARK } from '@/lib/perf';
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';

// Times the popup and the floors in a browser no debugger is attached to (tests/bench/quiet.ts
// launches it). Playwright attaches to every page it can see and holds each new page until it has
// set it up, so with Playwright connected every opening is slower than a user's. This page seeds
// its own profile, opens each page as the bench opens the popup (a popup-type window of its size),
// reads the page's own mark once it is loaded, and posts the times to the driver. It runs nothing in
// the measured page and polls nothing while it opens (the two share a renderer's main thread).

/** The pages timed here, each with the mark that ends its figure. */
const QUIET_PAGES = {
  blankFloor: ['bench-blank.html', FLOOR_SHOWN_MARK],
  popup: ['popup.html', TODAY_SHOWN_MARK],
  reactFloor: ['bench-react.html', FLOOR_SHOWN_MARK],
  todayFloor: ['bench-today.html', FLOOR_SHOWN_MARK],
} as const;
export type QuietPage = keyof typeof QUIET_PAGES;

/** The popup's size, as the Playwright suite opens it (POPUP_WINDOW in tests/bench/browser.ts). */
const POPUP_WINDOW = { width: 352, height: 600 };
/** Time a page gets before its mark is first looked for: the popup shows in ~150–250 ms here. */
const FIRST_LOOK_MS = 1000;
const SETTLE_MS = 500;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Moments of a page's opening, in ms from its navigation start, by name (see `piecesOf`). */
export type Pieces = Record<string, number>;

/**
 * The page's own `leadline:` marks and when its HTML was parsed: where an opening's time went, read
 * after the fact. (An extension's own files get no resource timing entries.)
 */
function piecesOf(view: typeof globalThis): Pieces {
  const pieces: Pieces = {};
  for (const mark of view.performance.getEntriesByType('mark')) if (mark.name.startsWith('leadline:')) pieces[mark.name] = mark.startTime;
  const navigation = view.performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  if (navigation) pieces['HTML parsed'] = navigation.domInteractive;
  return pieces;
}

/** Milliseconds from the page's navigation start to its mark, and the pieces of that opening. */
async function markTime(windowId: number, mark: string): Promise<{ ms: number; pieces: Pieces }> {
  await sleep(FIRST_LOOK_MS);
  for (let waited = FIRST_LOOK_MS; waited < 60_000; waited += 250) {
    // Pages of this extension, in this process: their `performance` is readable from here.
    const view = (browser.extension.getViews({ windowId }) as unknown as (typeof globalThis)[])[0];
    const entry = view?.performance.getEntriesByName(mark, 'mark')[0];
    if (view && entry) return { ms: entry.startTime, pieces: piecesOf(view) };
    await sleep(250);
  }
  throw new Error(`No "${mark}" mark within a minute`);
}

/** What the driver reports: each page's opening times, and the pieces of each of those openings. */
export interface QuietTimes {
  times: Record<QuietPage, number[]>;
  pieces: Record<QuietPage, Pieces[]>;
}

async function openTimes(leads: number, runs: number): Promise<QuietTimes> {
  await benchApi.seed(leads, 42, Date.now());
  await sleep(3000); // let the seed's writes settle before the first opening
  const times: Record<QuietPage, number[]> = { blankFloor: [], reactFloor: [], todayFloor: [], popup: [] };
  const pieces: Record<QuietPage, Pieces[]> = { blankFloor: [], reactFloor: [], todayFloor: [], popup: [] };
  // The first round compiles the scripts and is not counted, as in the Playwright suite.
  for (let run = 0; run <= runs; run++) {
    for (const [page, [path, mark]] of Object.entries(QUIET_PAGES) as [QuietPage, (typeof QUIET_PAGES)[QuietPage]][]) {
      const id = (await browser.windows.create({ url: new URL(`/${path}`, location.href).href, type: 'popup', ...POPUP_WINDOW }))?.id;
      if (id === undefined) throw new Error(`${path} did not open`);
      try {
        const opened = await markTime(id, mark);
        if (run > 0) {
          times[page].push(opened.ms);
          pieces[page].push(opened.pieces);
        }
      } finally {
        await browser.windows.remove(id);
      }
      await sleep(SETTLE_MS);
    }
  }
  return { times, pieces };
}

export default defineUnlistedScript(() => {
  const params = new URLSearchParams(location.search);
  const report = new URL(params.get('report') ?? '');
  if (report.protocol !== 'http:' || report.hostname !== '127.0.0.1') throw new Error('The report address must be http://127.0.0.1');
  const post = (body: object) => void fetch(report, { method: 'POST', mode: 'no-cors', body: JSON.stringify(body) });
  openTimes(Number(params.get('leads')), Number(params.get('runs'))).then(
    (result) => post(result),
    (error: unknown) => post({ error: error instanceof Error ? error.message : String(error) }),
  );
});
