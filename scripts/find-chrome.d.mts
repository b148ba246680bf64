/** The Chrome/Chromium binary to use, or undefined to let the tool pick its own. */
export function findChrome(): string | undefined;
/** True when running as root, where Chromium needs --no-sandbox. */
export const needsNoSandbox: boolean;
