import type { BrowserContext, Page } from '@playwright/test';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { benchApi } from '../../lib/bench/bench-api';
import { launchWithExtension, serviceWorker } from '../e2e/harness';

type BenchApi = typeof benchApi;

export const ROOT = resolve(import.meta.dirname, '../..');
/** The bench build: the shipped extension plus bench.html (see wxt.config.ts). */
export const BENCH_BUILD = join(ROOT, '.output/chrome-mv3-bench');

/** A browser with the bench build on a fresh profile; `close()` removes the profile. */
export interface BenchBrowser {
  context: BrowserContext;
  id: string;
  url: (path: string) => string;
  close: () => Promise<void>;
}

/** Launches Chromium with the bench build (or another extension directory) on a fresh profile. */
export async function launchBench(extensionDir = BENCH_BUILD): Promise<BenchBrowser> {
  const dir = await mkdtemp(join(tmpdir(), 'leadline-bench-'));
  const context = await launchWithExtension(dir, extensionDir);
  const id = extensionDir === BENCH_BUILD ? new URL((await serviceWorker(context)).url()).host : '';
  return {
    context,
    id,
    url: (path) => `chrome-extension://${id}/${path}`,
    close: async () => {
      await context.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Opens bench.html and waits for its API. */
export async function benchPage(browser: BenchBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(browser.url('bench.html'));
  await page.waitForFunction(() => 'leadlineBench' in window);
  return page;
}

/** Calls one method of the in-page bench API. */
export function call<K extends keyof BenchApi>(page: Page, method: K, ...args: Parameters<BenchApi[K]>): Promise<Awaited<ReturnType<BenchApi[K]>>> {
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

/**
 * Opens `url` in a new page and returns the milliseconds from navigation start until `selector`
 * first matches (a MutationObserver installed before any page script runs records the moment).
 */
export async function timeToSelector(context: BrowserContext, url: string, selector: string, timeout = 120_000): Promise<{ ms: number; page: Page }> {
  const page = await context.newPage();
  await page.addInitScript((wanted) => {
    const record = () => {
      const w = window as unknown as { __readyAt?: number };
      if (w.__readyAt === undefined && document.querySelector(wanted)) w.__readyAt = performance.now();
    };
    new MutationObserver(record).observe(document, { childList: true, subtree: true, attributes: true });
  }, selector);
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __readyAt?: number }).__readyAt !== undefined, undefined, { timeout });
  return { ms: await page.evaluate(() => (window as unknown as { __readyAt: number }).__readyAt), page };
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

/** Scrolls `selector` by `px` each frame for 240 frames and returns the frame-to-frame times. */
export function scrollFrameTimes(page: Page, selector: string, px: number): Promise<number[]> {
  return page.evaluate(
    async ({ wanted, step }) => {
      const scroller = document.querySelector<HTMLElement>(wanted)!;
      scroller.scrollTop = 0;
      const times: number[] = [];
      let last = performance.now();
      for (let i = 0; i < 240; i++) {
        await new Promise((done) => requestAnimationFrame(done));
        const now = performance.now();
        times.push(now - last);
        last = now;
        scroller.scrollTop += step;
      }
      return times.slice(1);
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
