// The Firefox end-to-end harness: Debian's firefox-esr (or LEADLINE_FIREFOX) driven over WebDriver
// BiDi by puppeteer-core, with the Firefox build (.output/firefox-mv3) installed as a temporary add-on.
// Sites are served from tests/fixtures at their real origins by request interception; every other
// http(s) request is aborted, and Firefox's proxy points at a dead port so that nothing the
// interception does not see (the background page's own requests) leaves the machine either.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';

const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output/firefox-mv3');
const FIXTURES = join(ROOT, 'tests/fixtures');

/** The browser binary: LEADLINE_FIREFOX, else Debian's firefox-esr or another Firefox on the usual paths. */
export const FIREFOX =
  process.env.LEADLINE_FIREFOX ||
  [
    '/usr/bin/firefox-esr',
    '/usr/bin/firefox',
    '/Applications/Firefox.app/Contents/MacOS/firefox',
    'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
  ].find((path) => existsSync(path));

/**
 * Firefox gives each install a random UUID for its moz-extension:// origin; this pref fixes it so
 * the tests know the pages' addresses before installing.
 */
const UUID = '5e1d7c3a-0b4f-4c8e-9a26-7f3b1d0e4c51';
export const ORIGIN = `moz-extension://${UUID}`;

const geckoId = () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  return manifest.browser_specific_settings.gecko.id;
};

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/**
 * Retries `check` (which throws, e.g. an assertion) until it passes or `timeout` ms have gone by;
 * the web-first waiting Playwright's `expect` does, for puppeteer.
 */
export async function eventually(check, timeout = 10_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await sleep(100);
    }
  }
}

/** CSS-escape-free ARIA selector (names with quotes are matched through their escaped form). */
const aria = (role, name) => `::-p-aria([name=${JSON.stringify(name)}][role="${role}"])`;

/** The element with this role and exact accessible name inside `scope` (a page or an element). */
export async function byRole(scope, role, name, timeout = 10_000) {
  const handle = await scope.waitForSelector(aria(role, name), { timeout });
  if (!handle) throw new Error(`No ${role} named “${name}”`);
  return handle;
}

/**
 * The form field whose label starts with `label`, for inputs the accessibility tree does not name
 * as a textbox (time, date and file inputs).
 */
export async function byLabel(scope, label, timeout = 10_000) {
  const root = 'goto' in scope ? await scope.$('body') : scope;
  return eventually(async () => {
    const handle = await root.evaluateHandle(
      (element, text) =>
        [...element.querySelectorAll('input, select, textarea')].find((field) =>
          [...(field.labels ?? [])].some((own) => own.textContent.trim().startsWith(text)),
        ) ?? null,
      label,
    );
    const field = handle.asElement();
    if (!field) throw new Error(`No field labelled “${label}”`);
    return field;
  }, timeout);
}

/**
 * The section named `name` (aria-label or aria-labelledby), whatever its case: Firefox names a region
 * by its heading as rendered, upper case when CSS makes it so.
 */
export async function section(scope, name, timeout = 10_000) {
  const root = 'goto' in scope ? await scope.$('body') : scope;
  return eventually(async () => {
    const handle = await root.evaluateHandle((element, wanted) => {
      const nameOf = (candidate) =>
        candidate.getAttribute('aria-label') ??
        (candidate.getAttribute('aria-labelledby') ?? '')
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' ');
      return (
        [...element.querySelectorAll('section, [role="region"]')].find(
          (candidate) => nameOf(candidate).trim().toLowerCase() === wanted.toLowerCase(),
        ) ?? null
      );
    }, name);
    const found = handle.asElement();
    if (!found) throw new Error(`No section named “${name}”`);
    return found;
  }, timeout);
}

/** Every element with this role and name inside `scope`, now (no waiting). */
export const allByRole = (scope, role, name) => scope.$$(aria(role, name));

/** Clicks the control with this role and name. */
export async function click(scope, role, name) {
  // Found again when React replaced the element between the query and the click.
  await eventually(async () => {
    const handle = await byRole(scope, role, name);
    await handle.click();
  });
}

/** Replaces the value of the text field with this accessible name (role textbox by default) by typing. */
export async function fill(scope, name, value, role = 'textbox') {
  const field = await byRole(scope, role, name);
  await field.evaluate((element) => {
    element.focus();
    element.select();
  });
  if (value === '') await field.press('Backspace');
  else await field.type(value);
  return field;
}

/** Sets a field's value as a picker would (time and date inputs take no typed text in Firefox). */
export async function setValue(field, value) {
  await field.evaluate((element, text) => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(element, text);
    element.dispatchEvent(new Event('input', { bubbles: true }));
    element.dispatchEvent(new Event('change', { bubbles: true }));
  }, value);
}

/** Picks an option (by value) in the select with this accessible name. */
export async function choose(scope, name, value) {
  const select = await byRole(scope, 'combobox', name);
  await select.select(value);
}

/** The visible text of an element. */
export const textOf = (handle) => handle.evaluate((element) => element.innerText);
/** The value of a form field. */
export const valueOf = (handle) => handle.evaluate((element) => element.value);

/** Waits until the element's (or page's) text contains `text`. */
export async function expectText(scope, text, timeout) {
  await eventually(async () => {
    const content = 'evaluate' in scope && 'goto' in scope ? await scope.evaluate(() => document.body.innerText) : await textOf(scope);
    if (!content.includes(text)) throw new Error(`Expected text “${text}” in:\n${content.slice(0, 2000)}`);
  }, timeout);
}

/** One Firefox with Leadline installed on its own profile. */
export class Firefox {
  /** @type {import('puppeteer-core').Browser} */ browser;
  /** URL (without fragment) → fixture path or HTML, served when a page requests it. */
  routes = new Map();
  /** Every http(s) request that was refused (nothing may leave the machine). */
  refused = [];
  /** Local origins a test's own server answers at (see `launch`). */
  reach = [];

  constructor(profileDir, downloadDir) {
    this.profileDir = profileDir;
    this.downloadDir = downloadDir;
  }

  /**
   * Launches Firefox on `profileDir` (kept by the caller for a restart) and installs Leadline.
   * `reach` lists local origins (`http://127.0.0.1:5984`) requests may go to: a test's own server.
   */
  static async launch(profileDir = mkdtempSync(join(tmpdir(), 'leadline-ff-')), { reach = [] } = {}) {
    const downloadDir = mkdtempSync(join(tmpdir(), 'leadline-ff-downloads-'));
    const firefox = new Firefox(profileDir, downloadDir);
    if (!FIREFOX || !existsSync(FIREFOX))
      throw new Error('No Firefox found: install firefox-esr, or set LEADLINE_FIREFOX=/path/to/firefox');
    firefox.browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: !process.env.HEADED,
      userDataDir: profileDir,
      // BiDi may navigate to moz-extension: pages only with this flag.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [geckoId()]: UUID }),
        // An optional permission asked for inside a click (Settings → Follow navigation on X, Team's
        // Connect) is granted without the door-hanger prompt BiDi cannot answer: Firefox's documented
        // switch for optional permission prompts.
        'extensions.webextOptionalPermissionPrompts': false,
        // A dead proxy: whatever the interception does not answer cannot reach the network.
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': 9,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': 9,
        'network.proxy.no_proxies_on': reach.map((origin) => new URL(origin).host).join(','),
        'network.proxy.allow_hijacking_localhost': true,
        // Downloads (backup, export) land in a directory the test reads, without asking.
        'browser.download.folderList': 2,
        'browser.download.dir': downloadDir,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
        'browser.download.start_downloads_in_tmp_dir': false,
        'browser.download.panel.shown': true,
        'browser.helperApps.neverAsk.saveToDisk': 'application/json,text/csv',
      },
    });
    firefox.reach = reach;
    await firefox.browser.installExtension(EXTENSION_DIR);
    return firefox;
  }

  /** Serves `fixture` (a path under tests/fixtures, or `{ html }`) at `url` for pages opened later. */
  serve(url, fixture) {
    const key = url.split('#')[0];
    this.routes.set(key, typeof fixture === 'string' ? readFileSync(join(FIXTURES, fixture), 'utf8') : fixture.html);
  }

  /** Answers a page's requests from the routes; refuses every other http(s) request. */
  async intercept(page) {
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = request.url();
      const body = this.routes.get(url.split('#')[0]);
      if (body !== undefined) void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
      else if (this.reach.some((origin) => url.startsWith(`${origin}/`))) void request.continue();
      else if (/^https?:/i.test(url)) {
        this.refused.push(url);
        void request.abort();
      } else void request.continue();
    });
  }

  /** Opens a site (served by `serve`) in a new tab and waits for it to load. */
  async visit(url) {
    const page = await this.browser.newPage();
    await this.intercept(page);
    await page.goto(url);
    return page;
  }

  /**
   * Opens an extension page (`dashboard.html#/leads`) in a new tab. Firefox sends no load event for
   * moz-extension documents, so the navigation is started without waiting and the page is polled.
   */
  async open(path) {
    const page = await this.browser.newPage();
    await this.intercept(page);
    await this.navigate(page, path);
    if (path.startsWith('popup.html')) await this.popupCommitted(page);
    return page;
  }

  /**
   * Waits for React's first commit in the popup. Until then the popup may show its early rows
   * (components/popup/early-popup.ts), which that commit replaces: a handle to one of them, and any
   * query scoped to it, would be left with an element no longer in the page.
   */
  async popupCommitted(page) {
    await eventually(async () => {
      // POPUP_MARKS.committed (lib/perf/measure.ts): this plain script cannot import it.
      const committed = await page.evaluate(() => performance.getEntriesByName('leadline:popup:committed').length > 0);
      if (!committed) throw new Error('The popup did not render');
    }, 15_000);
  }

  /** Navigates an open tab to another extension page (see `open`). */
  async navigate(page, path) {
    const url = `${ORIGIN}/${path}`;
    page.goto(url).catch(() => {}); // never settles for moz-extension: (no load event)
    // Polled from here: a wait inside the page would die with the document it started in.
    await eventually(async () => {
      const ready = await page.evaluate((expected) => location.href === expected && document.readyState === 'complete', url);
      if (!ready) throw new Error(`${url} did not load`);
    }, 15_000);
  }

  /** Reloads an extension page (see `open`: `page.reload()` would wait for a load event forever). */
  async reload(page) {
    await page.evaluate(() => {
      window.leadlineStale = true;
      setTimeout(() => location.reload(), 0);
    });
    await eventually(async () => {
      const ready = await page.evaluate(() => !window.leadlineStale && document.readyState === 'complete');
      if (!ready) throw new Error(`${page.url()} did not reload`);
    }, 15_000);
  }

  /** Runs `fn(arg)` in an extension page, where the whole `browser.*` API is available. */
  async inExtension(fn, arg) {
    this.helper ??= await this.open('popup.html');
    return this.helper.evaluate(fn, arg);
  }

  /** The browser's id for the tab showing `url` (Leadline has host access to the sites it reads). */
  async tabId(url) {
    return eventually(async () => {
      // `browser` is the extension API inside the page.
      // eslint-disable-next-line no-undef
      const id = await this.inExtension(async (wanted) => (await browser.tabs.query({})).find((tab) => tab.url === wanted)?.id, url);
      if (id === undefined) throw new Error(`No tab shows ${url}`);
      return id;
    });
  }

  /** The capture panel bound to the tab showing `url`, opened as a page (the URL "Pop out" uses). */
  async panelFor(url) {
    return this.open(`sidepanel.html?tabId=${await this.tabId(url)}`);
  }

  /**
   * The file named like `pattern` in the download directory, read by `read(text)` once that succeeds
   * (the file exists, empty, before Firefox has written it).
   */
  async download(pattern, read, timeout = 15_000) {
    return eventually(() => {
      const name = readdirSync(this.downloadDir).find((file) => pattern.test(file));
      if (!name) throw new Error(`No download matching ${pattern} in ${readdirSync(this.downloadDir).join(', ') || 'an empty directory'}`);
      const text = readFileSync(join(this.downloadDir, name), 'utf8');
      return { name, text, content: read(text) };
    }, timeout);
  }

  async close({ keepProfile = false } = {}) {
    await this.browser?.close();
    rmSync(this.downloadDir, { recursive: true, force: true });
    if (!keepProfile) rmSync(this.profileDir, { recursive: true, force: true });
  }
}

/** Runs `body` with a fresh Firefox, closed (and its profile removed) afterwards. */
export async function withFirefox(body, options) {
  const firefox = await Firefox.launch(undefined, options);
  try {
    return await body(firefox);
  } finally {
    await firefox.close();
  }
}

/** Tests registered by the test files, run in order by tests/firefox/run.mjs. */
export const tests = [];
/** Registers a test: `fn` gets nothing and throws to fail. */
export const test = (name, fn) => tests.push({ name, fn });
