import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import type { QuietTimes } from '../../bench/entrypoints/bench-quiet-driver';
import { findChrome } from '../../scripts/find-chrome.mjs';
import { ARGS } from '../e2e/harness';
import { BENCH_BUILD } from './browser';

/**
 * Opening times of the popup and the floors in a browser that no debugger is attached to.
 *
 * Playwright attaches to every page of its browser and holds each new page until it has set it up
 * (its own script world, event domains, init scripts): with Playwright connected, every opening is
 * slower than a user's, by 15–110 ms here. So these figures come from a Chromium started here with
 * the bench build, driven by the extension's own `bench-quiet.html`
 * (`entrypoints/bench-quiet-driver.ts`), which seeds its profile, opens each page as the popup is
 * opened, reads the page's own mark, and posts the times to a server on 127.0.0.1. The only other
 * channel is Chromium's DevTools pipe, used for two browser-level commands (list the targets, open
 * the driver page); it attaches to no page.
 */
export async function quietOpenTimes(leads: number, runs: number): Promise<QuietTimes> {
  const profile = await mkdtemp(join(tmpdir(), 'leadline-quiet-'));
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const report = `http://127.0.0.1:${(server.address() as AddressInfo).port}/result`;
  const answer = new Promise<QuietTimes>((resolve, reject) => {
    server.on('request', (request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        response.end();
        const result = JSON.parse(body) as Partial<QuietTimes> & { error?: string };
        if (result.times && result.pieces) resolve({ times: result.times, pieces: result.pieces });
        else reject(new Error(`bench-quiet.html: ${result.error}`));
      });
    });
  });
  const browser = spawn(
    findChrome() ?? chromium.executablePath(),
    [
      ...(process.env.HEADED ? [] : ['--headless']),
      `--user-data-dir=${profile}`,
      `--disable-extensions-except=${BENCH_BUILD}`,
      `--load-extension=${BENCH_BUILD}`,
      ...ARGS,
      // Nothing leaves this machine: every host name fails to resolve but the driver's own address.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
      '--remote-debugging-pipe',
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  // Chromium failing to start or quitting early ends the wait at once rather than at the timeout.
  const exited = once(browser, 'exit');
  const quitEarly = exited.then(([code]) =>
    Promise.reject(new Error(`Chromium exited (${String(code)}) before bench-quiet.html reported`)),
  );
  const run = async () => {
    const devtools = new DevToolsPipe(browser.stdio[3] as Writable, browser.stdio[4] as Readable);
    const id = await extensionId(devtools);
    await devtools.send('Target.createTarget', {
      url: `chrome-extension://${id}/bench-quiet.html?leads=${leads}&runs=${runs}&report=${encodeURIComponent(report)}`,
    });
    return answer;
  };
  try {
    return await withTimeout(Promise.race([run(), quitEarly]), 30 * 60_000, 'bench-quiet.html did not report within 30 minutes');
  } finally {
    browser.kill();
    await exited.catch(() => undefined);
    server.close();
    await rm(profile, { recursive: true, force: true, maxRetries: 5 });
  }
}

/** The bench build's id, read from its service worker's address once the browser has loaded it. */
async function extensionId(devtools: DevToolsPipe): Promise<string> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const { targetInfos } = (await devtools.send('Target.getTargets')) as { targetInfos: Array<{ type: string; url: string }> };
    const worker = targetInfos.find((target) => target.type === 'service_worker' && target.url.startsWith('chrome-extension://'));
    if (worker) return new URL(worker.url).host;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('The bench build did not load (no service worker after 10 s)');
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Chromium's DevTools protocol over `--remote-debugging-pipe`: NUL-separated JSON messages. */
class DevToolsPipe {
  private nextId = 1;
  private buffer = '';
  private readonly pending = new Map<number, { resolve: (result: unknown) => void; reject: (error: Error) => void }>();

  constructor(
    private readonly toBrowser: Writable,
    fromBrowser: Readable,
  ) {
    fromBrowser.on('data', (chunk: Buffer) => {
      this.buffer += chunk.toString();
      let end: number;
      while ((end = this.buffer.indexOf('\0')) >= 0) {
        const message = JSON.parse(this.buffer.slice(0, end)) as { id?: number; result?: unknown; error?: { message: string } };
        this.buffer = this.buffer.slice(end + 1);
        const waiting = message.id === undefined ? undefined : this.pending.get(message.id);
        if (!waiting) continue; // an event: none is asked for
        this.pending.delete(message.id!);
        if (message.error) waiting.reject(new Error(message.error.message));
        else waiting.resolve(message.result);
      }
    });
  }

  send(method: string, params: object = {}): Promise<unknown> {
    const id = this.nextId++;
    this.toBrowser.write(`${JSON.stringify({ id, method, params })}\0`);
    return new Promise((resolve, reject) => this.pending.set(id, { resolve, reject }));
  }
}
