// Finds a usable Chromium for Playwright. $CHROMIUM_PATH wins; otherwise Debian's chromium-headless-shell
// (the lighter headless build Playwright itself uses by default: no GPU process, no browser UI renderers)
// for the test suite, and the full /usr/bin/chromium where a real browser matters (PW_BROWSER=full,
// and the UI benchmarks, which time what a user's browser does).
import { existsSync } from 'node:fs';

const first = (paths) => paths.filter(Boolean).find((p) => existsSync(p)) ?? null;

export const fullChromiumPath = first([process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']);
export const headlessShellPath = first([process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium-headless-shell']);

/** What the e2e suite drives: the headless shell where it is installed, unless PW_BROWSER=full. */
export const chromiumPath = process.env.PW_BROWSER === 'full' ? fullChromiumPath : (headlessShellPath ?? fullChromiumPath);

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
