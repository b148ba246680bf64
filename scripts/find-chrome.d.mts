/** The Chrome/Chromium binary to use, or undefined to let the tool pick its own. */
export function findChrome(): string | undefined;
/** True when running as root, where Chromium needs --no-sandbox. */
export const needsNoSandbox: boolean;
/** What to do without a usable browser, in one line. */
export const NO_CHROME_HELP: string;
/** Playwright's own downloaded Chromium, if installed. */
export function playwrightChromium(): string | undefined;
/** The browser for the end-to-end tests (undefined path: Playwright's own), or the problem in one line. */
export function chromeForTests(): { path: string | undefined; problem?: undefined } | { problem: string; path?: undefined };
