import type { BrowserContext, ConsoleMessage, Page, Worker } from '@playwright/test';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { benchApi } from '../../bench/lib/bench-api';
import { launchWithExtension, serviceWorker } from '../e2e/harness';

type BenchApi = typeof benchApi;

export const ROOT = resolve(import.meta.dirname, '../..');
/**
 * The bench build: the shipped extension plus bench.html (see wxt.config.ts). LEADLINE_BENCH_BUILD
 * names a copy of it instead, so that a long run is not disturbed by the next build.
 */
export const BENCH_BUILD = resolve(ROOT, process.env.LEADLINE_BENCH_BUILD ?? '.output/chrome-mv3-bench');

/** A browser with the bench build on a fresh profile; `close()` removes the profile. */
export interface BenchBrowser {
  context: BrowserContext;
  id: string;
  url: (path: string) => string;
  close: () => Promise<void>;
}

/**
 * Launches Chromium with the bench build (or another extension directory) on a fresh profile, or on
 * `keptProfile` when given: that directory stays after `close()`, with whatever was stored in it.
 */
export async function launchBench(extensionDir = BENCH_BUILD, keptProfile?: string): Promise<BenchBrowser> {
  const dir = keptProfile ?? (await mkdtemp(join(tmpdir(), 'leadline-bench-')));
  const context = await launchWithExtension(dir, extensionDir, { asUsersRun: true });
  const id = extensionDir === BENCH_BUILD ? new URL((await serviceWorker(context)).url()).host : '';
  return {
    context,
    id,
    url: (path) => `chrome-extension://${id}/${path}`,
    close: async () => {
      await context.close();
      if (!keptProfile) await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Opens bench.html (of `browser`'s extension) and waits for its API. */
export async function benchPage(browser: Pick<BenchBrowser, 'context' | 'url'>): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(browser.url('bench.html'));
  await page.waitForFunction(() => 'leadlineBench' in window);
  return page;
}

/** Calls one method of the in-page bench API. */
export function call<K extends keyof BenchApi>(
  page: Page,
  method: K,
  ...args: Parameters<BenchApi[K]>
): Promise<Awaited<ReturnType<BenchApi[K]>>> {
  return page.evaluate(
    ([name, params]) => {
      const api = (window as unknown as { leadlineBench: Record<string, (...a: unknown[]) => unknown> }).leadlineBench;
      return api[name]!(...params);
    },
    [method, args] as [string, unknown[]],
  ) as Promise<Awaited<ReturnType<BenchApi[K]>>>;
}

/** Serves a fixture file at a URL for the whole context. */
export async function serveFixtureAt(context: BrowserContext, url: string, fixture: string): Promise<void> {
  const body = await readFile(join(ROOT, 'tests/fixtures', fixture), 'utf8');
  await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
}

/** The browser's id for the tab showing `url`, asked of a service worker (any extension's will do). */
export async function tabIdOf(context: BrowserContext, url: string): Promise<number> {
  return (await serviceWorker(context)).evaluate(async (wanted) => {
    type Tabs = { query: (query: object) => Promise<Array<{ id: number; url: string }>> };
    const tabs = await (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome.tabs.query({});
    const found = tabs.find((tab) => tab.url === wanted);
    if (!found) throw new Error(`No tab shows ${wanted}`);
    return found.id;
  }, url);
}

/** What a page's init script logs when the awaited moment comes: `READY <ms since navigation start>`. */
const READY = 'leadline-bench-ready';

/**
 * How a measured page opens. By default as a Playwright tab (the dashboard opens in a tab). With
 * `window`, the way Leadline opens its own small windows ("Pop out"): `windows.create` from the
 * service worker, a popup-type window of that size. That is the nearest a benchmark gets to the
 * toolbar popup and the side panel, which Chrome opens only on a user gesture: a page of their
 * size, in no tab strip, created straight at its URL. A Playwright tab is a 1280×720 tab that
 * first loads about:blank in another process and then swaps it out, work a real panel never does.
 */
export interface OpenOptions {
  timeout?: number;
  window?: { width: number; height: number };
  /** The service worker that opens the window (default: the first); each extension opens its own pages. */
  worker?: Worker;
}

/** The popup's size (its content is 22rem wide, and Chrome caps a popup at 600 px high). */
export const POPUP_WINDOW = { width: 352, height: 600 };
/** The side panel's size: the "Pop out" window's (lib/browser/tabs.ts). */
export const PANEL_WINDOW = { width: 440, height: 780 };

/**
 * Opens `url` and returns the milliseconds from navigation start until the moment `watch` (an init
 * script, run before any page script) logs as ready, with the page. The harness waits for that
 * console message and runs nothing in the page meanwhile: a locator or `waitForFunction` would
 * inject Playwright's ~300 KB script into the page and poll it, on the very thread being timed
 * (that alone added ~40 ms to the side panel's figure).
 */
async function timeToReady(
  context: BrowserContext,
  url: string,
  watch: (arg: [string, string]) => void,
  wanted: string,
  options: OpenOptions,
): Promise<{ ms: number; page: Page }> {
  const isReady = (message: ConsoleMessage) => message.text().startsWith(`${READY} `);
  const timeout = options.timeout ?? 120_000;
  let message: ConsoleMessage;
  if (options.window) {
    const script = await context.addInitScript(watch, [wanted, READY] as [string, string]);
    try {
      const ready = context.waitForEvent('console', { predicate: isReady, timeout });
      const size = options.window;
      await (options.worker ?? (await serviceWorker(context))).evaluate(
        ([at, width, height]) =>
          (globalThis as unknown as { chrome: { windows: { create: (options: object) => Promise<unknown> } } }).chrome.windows.create({
            url: at,
            type: 'popup',
            width,
            height,
          }),
        [url, size.width, size.height] as const,
      );
      message = await ready;
    } finally {
      await script.dispose();
    }
  } else {
    const page = await context.newPage();
    await page.addInitScript(watch, [wanted, READY] as [string, string]);
    const ready = page.waitForEvent('console', { predicate: isReady, timeout });
    await page.goto(url);
    message = await ready;
  }
  return { ms: Number(message.text().slice(READY.length + 1)), page: message.page()! };
}

/** Milliseconds from navigation start until `selector` first matches (a MutationObserver records the moment). */
export function timeToSelector(
  context: BrowserContext,
  url: string,
  selector: string,
  options: OpenOptions = {},
): Promise<{ ms: number; page: Page }> {
  const watch = ([wanted, ready]: [string, string]) => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector(wanted)) return;
      observer.disconnect();
      console.debug(`${ready} ${performance.now()}`);
    });
    observer.observe(document, { childList: true, subtree: true, attributes: true });
  };
  return timeToReady(context, url, watch, selector, options);
}

/** Milliseconds from navigation start until the page records the User Timing mark `name`. */
export function timeToMark(
  context: BrowserContext,
  url: string,
  name: string,
  options: OpenOptions = {},
): Promise<{ ms: number; page: Page }> {
  const watch = ([wanted, ready]: [string, string]) => {
    const observer = new PerformanceObserver((list) => {
      const mark = list.getEntriesByName(wanted)[0];
      if (!mark) return;
      observer.disconnect();
      console.debug(`${ready} ${mark.startTime}`);
    });
    observer.observe({ type: 'mark' });
  };
  return timeToReady(context, url, watch, name, options);
}

/** Durations (ms) of the User Timing measures named `name` recorded so far, then cleared. */
export function takeMeasures(page: Page, name: string): Promise<number[]> {
  return page.evaluate((measure) => {
    const entries = performance.getEntriesByName(measure).map((entry) => entry.duration);
    performance.clearMeasures(measure);
    return entries;
  }, name);
}

/**
 * Types `text` into the page's lead search box and returns the milliseconds until the result list
 * (or its "no match" line) shows the answer.
 */
export function searchLatency(page: Page, text: string): Promise<number> {
  return page.evaluate(async (query) => {
    const input = document.querySelector<HTMLInputElement>('input[type="search"]')!;
    // React tracks the value property; set it through the prototype so the change is seen.
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called with .call(input)
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    const start = performance.now();
    const done = new Promise<number>((resolveDone) => {
      const check = () => {
        // The list is aria-busy while it still shows an older query's results.
        const list = document.querySelector('[aria-label="Search results"][aria-busy="false"]');
        const empty = [...document.querySelectorAll('p')].some((p) => p.textContent?.includes(`No lead matches “${query}”`));
        if (list || empty) {
          observer.disconnect();
          resolveDone(performance.now() - start);
        }
      };
      const observer = new MutationObserver(check);
      observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
    });
    setter.call(input, query);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    return done;
  }, text);
}

/** Frame-to-frame times of one scroll, by two clocks (ms). */
export interface ScrollFrames {
  /**
   * Between the frames' own times, the timestamp `requestAnimationFrame` hands its callbacks (the
   * frame's start, on the display's beat): a frame on time is 16.7 ms, one that missed a beat 33.3.
   */
  frame: number[];
  /**
   * Between the moments the callbacks ran (`performance.now()` in them): the same plus how late
   * each callback started within its frame, which moves a frame on time to 15–19 ms.
   */
  callback: number[];
}

/** Scrolls `selector` by `px` each frame for 240 frames and returns the frame-to-frame times. */
export function scrollFrameTimes(page: Page, selector: string, px: number): Promise<ScrollFrames> {
  return page.evaluate(
    async ({ wanted, step }) => {
      const scroller = document.querySelector<HTMLElement>(wanted)!;
      scroller.scrollTop = 0;
      const frame: number[] = [];
      const callback: number[] = [];
      let lastFrame = performance.now();
      let lastCallback = lastFrame;
      for (let i = 0; i < 240; i++) {
        const at = await new Promise<number>((done) => requestAnimationFrame(done));
        const now = performance.now();
        frame.push(at - lastFrame);
        callback.push(now - lastCallback);
        lastFrame = at;
        lastCallback = now;
        scroller.scrollTop += step;
      }
      return { frame: frame.slice(1), callback: callback.slice(1) };
    },
    { wanted: selector, step: px },
  );
}

/** JS heap used by a page (after GC), in MB. */
export async function pageHeapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1024 / 1024;
}

/** JS heap used by the background service worker (after GC), in MB, through the DevTools protocol. */
export async function backgroundHeapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  const { targetInfos } = await cdp.send('Target.getTargets');
  const worker = targetInfos.find((target) => target.type === 'service_worker' && target.url.endsWith('/background.js'));
  if (!worker) throw new Error('No background service worker target');
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false });
  let nextId = 1;
  const ask = (method: string) =>
    new Promise<Record<string, unknown>>((resolveReply) => {
      const id = nextId++;
      const listener = (event: { message: string }) => {
        const message = JSON.parse(event.message) as { id?: number; result?: Record<string, unknown> };
        if (message.id === id) {
          cdp.off('Target.receivedMessageFromTarget', listener);
          resolveReply(message.result ?? {});
        }
      };
      cdp.on('Target.receivedMessageFromTarget', listener);
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
    });
  await ask('HeapProfiler.collectGarbage');
  const usage = await ask('Runtime.getHeapUsage');
  await cdp.send('Target.detachFromTarget', { sessionId });
  await cdp.detach();
  return Number(usage.usedSize) / 1024 / 1024;
}
