import { test, type BrowserContext, type Page } from '@playwright/test';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchWithExtension, serviceWorker } from '../e2e/harness';
import type { benchApi } from '../../lib/bench/bench-api';
import { figure, formatTable, type Figure } from './stats';

type BenchApi = typeof benchApi;

const ROOT = resolve(import.meta.dirname, '../..');
const BENCH_BUILD = join(ROOT, '.output/chrome-mv3-bench');
const SIZES = (process.env.LEADLINE_BENCH_SIZES ?? '1000,10000,50000').split(',').map(Number);
const RUNS = Number(process.env.LEADLINE_BENCH_RUNS ?? 7);
const label = (size: number) => size.toLocaleString('en-US');

/** Fixture pages measured for extraction time and load overhead: [file, URL they are served at]. */
const EXTRACTION_FIXTURES: Array<[string, string]> = [['linkedin/profile-minimal.html', 'https://www.linkedin.com/in/rosa-marchetti/']];

/** Every figure of the run, in the order printed. */
const figures: Figure[] = [];

async function launch(): Promise<{ context: BrowserContext; id: string; dir: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'leadline-bench-'));
  const context = await launchWithExtension(dir, BENCH_BUILD);
  const id = new URL((await serviceWorker(context)).url()).host;
  return { context, id, dir };
}

async function benchPage(context: BrowserContext, id: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/bench.html`);
  await page.waitForFunction(() => 'leadlineBench' in window);
  return page;
}

/** Calls one method of the in-page bench API. */
function call<K extends keyof BenchApi>(page: Page, method: K, ...args: Parameters<BenchApi[K]>): Promise<Awaited<ReturnType<BenchApi[K]>>> {
  return page.evaluate(
    ([name, params]) => {
      const api = (window as unknown as { leadlineBench: Record<string, (...a: unknown[]) => unknown> }).leadlineBench;
      return api[name]!(...params);
    },
    [method, args] as [string, unknown[]],
  ) as Promise<Awaited<ReturnType<BenchApi[K]>>>;
}

/**
 * Opens an extension page and returns the milliseconds from navigation start until `selector` first
 * matches (a MutationObserver installed before any page script runs records the moment).
 */
async function timeToSelector(context: BrowserContext, url: string, selector: string): Promise<{ ms: number; page: Page }> {
  const page = await context.newPage();
  await page.addInitScript((wanted) => {
    const record = () => {
      const w = window as unknown as { __readyAt?: number };
      if (w.__readyAt === undefined && document.querySelector(wanted)) w.__readyAt = performance.now();
    };
    new MutationObserver(record).observe(document, { childList: true, subtree: true });
  }, selector);
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __readyAt?: number }).__readyAt !== undefined, undefined, { timeout: 60_000 });
  const ms = await page.evaluate(() => (window as unknown as { __readyAt: number }).__readyAt);
  return { ms, page };
}

/** Types `text` into the popup's search box and returns ms until the result list shows it. */
async function searchLatency(page: Page, text: string): Promise<number> {
  return page.evaluate(async (query) => {
    const input = document.querySelector<HTMLInputElement>('input[type="search"]')!;
    // React tracks the value property; set it through the prototype so the change is seen.
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called with .call(input)
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    const start = performance.now();
    const done = new Promise<number>((resolveDone) => {
      const check = () => {
        const list = document.querySelector('[aria-label="Search results"]');
        const empty = [...document.querySelectorAll('p')].some((p) => p.textContent?.includes(`No lead matches “${query}”`));
        if (list || empty) {
          observer.disconnect();
          resolveDone(performance.now() - start);
        }
      };
      const observer = new MutationObserver(check);
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    setter.call(input, query);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    return done;
  }, text);
}

/** Scrolls the dashboard's lead list for ~2 s and returns the frame-to-frame times. */
async function scrollFrameTimes(page: Page): Promise<number[]> {
  return page.evaluate(async () => {
    const scroller = document.querySelector<HTMLElement>('[aria-label="Leads"]')!;
    const frames: number[] = [];
    let last = performance.now();
    const end = last + 2000;
    await new Promise<void>((done) => {
      const step = (now: number) => {
        frames.push(now - last);
        last = now;
        scroller.scrollTop += 400;
        if (now < end) requestAnimationFrame(step);
        else done();
      };
      requestAnimationFrame(step);
    });
    return frames.slice(1);
  });
}

/** JS heap used by a page (after GC), in MB. */
async function pageHeapMb(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1024 / 1024;
}

/** JS heap used by the background service worker (after GC), in MB, through the DevTools protocol. */
async function backgroundHeapMb(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
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

test('Leadline benchmarks', async () => {
  // Content scripts: gzipped size of each (size-independent).
  const scriptsDir = join(ROOT, '.output/chrome-mv3/content-scripts');
  for (const file of (await readdir(scriptsDir)).filter((name) => name.endsWith('.js')).sort()) {
    const gz = gzipSync(await readFile(join(scriptsDir, file)), { level: 9 }).length / 1024;
    figures.push(figure(`content script ${file} (gzipped)`, '—', 'KB', [gz], 8));
  }

  // Extraction time and load overhead per fixture page.
  {
    const { context, id, dir } = await launch();
    const page = await benchPage(context, id);
    for (const [file, url] of EXTRACTION_FIXTURES) {
      const html = await readFile(join(ROOT, 'tests/fixtures', file), 'utf8');
      const { times } = await call(page, 'extractTimes', html, url, 50);
      figures.push(figure(`extractProspects ${file}`, '—', 'ms', times, 10));
    }
    const ratio: number[] = [];
    for (let run = 0; run < 3; run++) {
      const { libMs, rawMs } = await call(page, 'storageRatio', 5000);
      ratio.push(libMs / rawMs);
    }
    figures.push(figure('storage: lib/db bulk insert ÷ raw idb (5,000 leads)', '—', '×', ratio, 1.5));
    await context.close();
    await rm(dir, { recursive: true, force: true });
  }
  await loadOverhead();

  for (const size of SIZES) {
    const { context, id, dir } = await launch();
    const page = await benchPage(context, id);
    const seeded = await call(page, 'seed', size, 42, Date.now());
    figures.push(figure(`seed ${label(seeded.leads)} leads + ${label(seeded.activities)} activities`, label(size), 'ms', [seeded.ms]));

    const saves = await call(page, 'saveLeadTimes', 30);
    figures.push(figure('saveLead new lead (duplicate check included)', label(size), 'ms', saves.created, 5));
    figures.push(figure('saveLead capture of an existing lead (merge)', label(size), 'ms', saves.merged, 5));

    const queries = ['a', 'ad', 'ada', 'kestrel', 'ada lind', 'northwind analytics', 'nobody'];
    figures.push(figure('searchLeads (index) per query', label(size), 'ms', await call(page, 'searchTimes', [...queries, ...queries, ...queries]), 30));

    const popupOpen: number[] = [];
    const typing: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const { ms, page: popup } = await timeToSelector(context, `chrome-extension://${id}/popup.html`, '[aria-label="Recent leads"] li');
      popupOpen.push(ms);
      for (const query of ['k', 'ke', 'kes', 'zzz']) typing.push(await searchLatency(popup, query));
      await popup.close();
    }
    figures.push(figure('popup open → list rendered', label(size), 'ms', popupOpen, 150));
    figures.push(figure('popup search-as-you-type: keystroke → results shown', label(size), 'ms', typing, 30));

    const dashboardOpen: number[] = [];
    let dashboard: Page | undefined;
    for (let run = 0; run < 3; run++) {
      const opened = await timeToSelector(context, `chrome-extension://${id}/dashboard.html#/leads`, '[aria-label="Leads"] [role="listitem"]');
      dashboardOpen.push(opened.ms);
      if (dashboard) await dashboard.close();
      dashboard = opened.page;
    }
    figures.push(figure('dashboard open → first rows', label(size), 'ms', dashboardOpen));
    const frames = await scrollFrameTimes(dashboard!);
    figures.push(figure('dashboard scroll: frame time', label(size), 'ms', frames, 16.7));
    figures.push(figure('memory: dashboard JS heap', label(size), 'MB', [await pageHeapMb(context, dashboard!)]));
    figures.push(figure('memory: background JS heap (idle)', label(size), 'MB', [await backgroundHeapMb(context, dashboard!)], 30));

    await context.close();
    await rm(dir, { recursive: true, force: true });
  }

  const table = formatTable(figures);
  console.log(`\n${table}\n`);
  await mkdir(join(ROOT, 'bench'), { recursive: true });
  await writeFile(join(ROOT, 'bench/results.json'), `${JSON.stringify({ at: new Date().toISOString(), runs: RUNS, figures }, null, 2)}\n`);
});

/** Load time of each fixture page with Leadline installed minus without it (medians). */
async function loadOverhead(): Promise<void> {
  const loadTimes = async (withExtension: boolean, file: string, url: string): Promise<number[]> => {
    const dir = await mkdtemp(join(tmpdir(), 'leadline-bench-load-'));
    const context = withExtension
      ? await launchWithExtension(dir, BENCH_BUILD)
      : await launchWithExtension(dir, join(ROOT, 'tests/bench/empty-extension'));
    const body = await readFile(join(ROOT, 'tests/fixtures', file), 'utf8');
    await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      times.push(
        await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd),
      );
      await page.close();
    }
    await context.close();
    await rm(dir, { recursive: true, force: true });
    return times;
  };
  for (const [file, url] of EXTRACTION_FIXTURES) {
    const withExt = await loadTimes(true, file, url);
    const without = await loadTimes(false, file, url);
    const sortedWithout = [...without].sort((a, b) => a - b);
    const baseline = sortedWithout[Math.floor(sortedWithout.length / 2)]!;
    figures.push(figure(`page load added by content script (${file})`, '—', 'ms', withExt.map((t) => Math.max(0, t - baseline))));
  }
}
