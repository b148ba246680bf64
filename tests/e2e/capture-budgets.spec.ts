import type { BrowserContext } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { rolldown } from 'rolldown';
import { openPanelFor } from './capture-helpers';
import { EXTENSION_DIR, expect, serveFixture, test } from './harness';

// Budgets of issue 3, measured in real Chromium and printed as a table. Extraction time and content
// script size are asserted. The panel's open → draft shown time (300 ms budget) is printed, split into
// page boot and Leadline's own work, and held only to a bound that catches a broken flow: this 2-core
// machine runs several engineers' suites at once, so its timings swing 5-10x (issue 8 benchmarks it).

const FIXTURES: Array<[string, string]> = [
  ['linkedin/profile-classic.html', 'https://www.linkedin.com/in/ingrid-solvang-adeyemi-7a1/'],
  ['linkedin/profile-sdui.html', 'https://www.linkedin.com/in/tomas-okafor-lindgren/'],
  ['linkedin/profile-stale-embedded.html', 'https://www.linkedin.com/in/priya-raghunathan/'],
  ['linkedin/profile-minimal.html', 'https://www.linkedin.com/in/rosa-marchetti/'],
  ['linkedin/company-about.html', 'https://www.linkedin.com/company/northwind-robotics/about/'],
  ['linkedin/company-home.html', 'https://www.linkedin.com/company/corvid-freight/'],
  ['linkedin/sales-navigator-lead.html', 'https://www.linkedin.com/sales/lead/ACwAAAB3xYzABCDEF,NAME_SEARCH,x7Qp'],
  ['linkedin/sales-navigator-search.html', 'https://www.linkedin.com/sales/search/people?query=procurement'],
  ['linkedin/people-search.html', 'https://www.linkedin.com/search/results/people/?keywords=logistics'],
  ['linkedin/feed.html', 'https://www.linkedin.com/feed/'],
  ['generic/team-page-jsonld.html', 'https://www.harborlight-media.example/about/team'],
  ['generic/personal-site-hcard.html', 'https://juniper-achterberg.example/'],
  ['generic/speaker-microdata.html', 'https://summit.fieldops-conf.example/speakers/lena-vasquez-moreau'],
  ['generic/contact-opengraph.html', 'https://www.kestrel-legal.example/people/anselm-ferreira-quist'],
  ['generic/staff-directory-mailto.html', 'https://www.pickwise.example/contact'],
];

/** lib/extract bundled for the page's main world, exposing extractProspects as `LeadlineExtract.extractProspects`. */
async function extractorBundle(): Promise<string> {
  const bundle = await rolldown({ input: resolve(import.meta.dirname, '../../lib/extract/index.ts'), logLevel: 'silent' });
  const { output } = await bundle.generate({ format: 'iife', name: 'LeadlineExtract', minify: true });
  await bundle.close();
  return output[0].code;
}

async function medianExtractionMs(context: BrowserContext, url: string, bundle: string, body?: string, fixture?: string): Promise<{ ms: number; drafts: number }> {
  if (fixture) await serveFixture(context, url, fixture);
  else await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
  const page = await context.newPage();
  await page.goto(url);
  await page.addScriptTag({ content: bundle });
  const result = await page.evaluate(() => {
    const { extractProspects } = (window as unknown as { LeadlineExtract: { extractProspects: (d: Document, u: string) => unknown[] } }).LeadlineExtract;
    const times: number[] = [];
    let drafts = 0;
    for (let run = 0; run < 21; run += 1) {
      const started = performance.now();
      drafts = extractProspects(document, location.href).length;
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    return { ms: times[10]!, drafts };
  });
  await page.close();
  return result;
}

test('extraction stays under 10 ms per fixture in Chromium, and the LinkedIn content script under 8 KB gzipped', async ({ context }) => {
  test.setTimeout(180_000);
  const bundle = await extractorBundle();
  const rows: string[] = [];
  for (const [fixture, url] of FIXTURES) {
    const { ms, drafts } = await medianExtractionMs(context, url, bundle, undefined, fixture);
    rows.push(`${fixture.padEnd(40)} ${ms.toFixed(2).padStart(7)} ms  ${drafts} drafts`);
    expect(ms, fixture).toBeLessThan(10);
  }
  const mailto = `<ul>${Array.from({ length: 1000 }, (_, i) => `<li><a href="mailto:p${i}@bulk.example">Person Number${String.fromCharCode(65 + (i % 26))}</a></li>`).join('')}</ul>`;
  const large = `<script type="application/ld+json">{"@type":"Person","name":"Nadia Ferrante"}</script>${`<p>${'Lorem ipsum dolor sit amet. '.repeat(40)}</p>`.repeat(4500)}`;
  for (const [name, body] of [
    ['1,000 email links', mailto],
    ['5 MB page', large],
  ] as const) {
    const { ms, drafts } = await medianExtractionMs(context, `https://bulk.example/${encodeURIComponent(name)}`, bundle, body);
    rows.push(`${name.padEnd(40)} ${ms.toFixed(2).padStart(7)} ms  ${drafts} drafts`);
    // Bad input is read quickly too (no budget named; 50 ms is a page that feels instant).
    expect(ms, name).toBeLessThan(50);
  }
  const script = await readFile(resolve(EXTENSION_DIR, 'content-scripts/linkedin.js'));
  const gzipped = gzipSync(script, { level: 9 }).length;
  rows.push(`content-scripts/linkedin.js ${script.length} bytes, ${gzipped} bytes gzipped`);
  console.log(`\nextractProspects, median of 21 runs in Chromium\n${rows.join('\n')}`);
  expect(gzipped).toBeLessThan(8 * 1024);
});

test('the side panel shows the draft soon after opening', async ({ context, extensionId }) => {
  const url = 'https://www.linkedin.com/in/ingrid-solvang-adeyemi-7a1/';
  await serveFixture(context, url, 'linkedin/profile-classic.html');
  const page = await context.newPage();
  await page.goto(url);
  const panel = await openPanelFor(context, extensionId, page);
  const runs: Array<{ boot: number; shown: number }> = [];
  for (let run = 0; run < 5; run += 1) {
    if (run > 0) await panel.reload();
    await expect(panel.getByRole('article', { name: 'Ingrid Solvang-Adeyemi' })).toBeVisible();
    runs.push(
      await panel.evaluate(() => ({
        boot: performance.getEntriesByName('leadline:panel-start')[0]?.startTime ?? Number.NaN,
        shown: performance.getEntriesByName('leadline:drafts-shown')[0]?.startTime ?? Number.NaN,
      })),
    );
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[2]!;
  const shown = median(runs.map((run) => run.shown));
  const own = median(runs.map((run) => run.shown - run.boot));
  console.log(
    `\npanel open → draft shown (ms): ${runs.map((run) => `${run.shown.toFixed(0)} (boot ${run.boot.toFixed(0)})`).join(', ')}; ` +
      `median ${shown.toFixed(0)}, of which Leadline's own work (tab, read, render) ${own.toFixed(0)}; first run is a cold start`,
  );
  expect(own).toBeLessThan(3000);
});
