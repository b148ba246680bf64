import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { build, type Rollup } from 'vite';

const ROOT = resolve(import.meta.dirname, '../..');

/** lib/demo's generator bundled as a script that defines `LeadlineDemo` when evaluated in a page. */
async function demoScript(): Promise<string> {
  const result = (await build({
    configFile: false,
    logLevel: 'silent',
    resolve: { alias: { '@': ROOT } },
    build: {
      write: false,
      minify: false,
      lib: { entry: resolve(ROOT, 'lib/demo/generate.ts'), formats: ['iife'], name: 'LeadlineDemo' },
    },
  })) as Rollup.RollupOutput[] | Rollup.RollupOutput;
  const output = Array.isArray(result) ? result[0]! : result;
  return output.output[0].code;
}

/**
 * Fills the `leadline` database of an extension page (which must have opened it) with
 * `generateDemoData({ leads })`, generating and writing inside the page, in chunks of one
 * transaction each. Returns how many records of each store were written.
 */
export async function loadDemoInPage(page: Page, leads: number, now: number): Promise<Record<string, number>> {
  await page.evaluate(`${await demoScript()}\n;globalThis.LeadlineDemo = LeadlineDemo;`);
  return page.evaluate(
    async ({ leads, now }) => {
      const demo = (globalThis as unknown as { LeadlineDemo: { generateDemoData: (o: object) => Record<string, unknown[]> } }).LeadlineDemo;
      const data = demo.generateDemoData({ leads, seed: 1, now });
      const db = await new Promise<IDBDatabase>((done, fail) => {
        const request = indexedDB.open('leadline');
        request.onsuccess = () => done(request.result);
        request.onerror = () => fail(request.error ?? new Error('open failed'));
      });
      const counts: Record<string, number> = {};
      for (const store of ['campaigns', 'sequences', 'templates', 'enrollments', 'tasks', 'leads', 'activities']) {
        const records = data[store] ?? [];
        counts[store] = records.length;
        for (let start = 0; start < records.length; start += 10_000) {
          await new Promise<void>((done, fail) => {
            const tx = db.transaction(store, 'readwrite');
            for (const record of records.slice(start, start + 10_000)) tx.objectStore(store).put(record);
            tx.oncomplete = () => done();
            tx.onerror = () => fail(tx.error ?? new Error('write failed'));
          });
        }
      }
      db.close();
      return counts;
    },
    { leads, now },
  );
}
