// Finds a usable Chromium for Playwright: $CHROMIUM_PATH, then Debian's /usr/bin/chromium.
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
export const chromiumPath = candidates.find((p) => existsSync(p)) ?? null;

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
