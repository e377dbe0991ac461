/**
 * Starts the in-browser mock backend for this tab: joins the backend worker (which loads or builds the
 * world, once for every tab), then lets MSW's service worker hand each API request to it. The handlers
 * and the world live in the worker, never in the page.
 */
import { http } from 'msw';
import { setupWorker } from 'msw/browser';
import { WORLD_CHANGED_EVENT } from '../src/contracts/events';
import type { Persona } from './db/demo/personas';
import type { LargePersona } from './db/largePersonas';
import { requestedSource } from './db/worldSource';
import type { WorldSource } from './db/worldSource';
import { progressBanner } from './progressBanner';
import { connectBackend } from './worker/backendLink';
import type { KeptFile } from './worker/protocol';

export type { WorldSource };

export interface MockBackend {
  personas: readonly (Persona | LargePersona)[];
  notice: string | null;
  /** The stored data that could not be used, kept aside: offered for download with the notice. */
  kept: KeptFile | null;
  /** The world being served: the demo world, or a large one and its seed. */
  world: WorldSource;
}

/** Reads `world`/`seed` from the address (`/login?world=large&seed=42`) and takes them out of it. */
function takeRequestedWorld(): WorldSource | null {
  const url = new URL(window.location.href);
  const requested = requestedSource(url.search);
  if (url.searchParams.has('world') || url.searchParams.has('seed')) {
    url.searchParams.delete('world');
    url.searchParams.delete('seed');
    window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`);
  }
  return requested;
}

const CHANGES_SETTLE_MS = 400;

const RETIRED =
  'This tab’s demo backend was replaced by a newer one (the panel was updated, or opened in another tab of a browser that cannot share one): reload to go on.';

/**
 * Asks the browser to keep this site's storage under storage pressure (best-effort storage may be evicted).
 * Chromium grants or refuses without asking (by how the site is used: bookmarked, installed); Firefox asks.
 * "Clear site data" removes it either way: Export world is the backup.
 */
function askForPersistentStorage(): void {
  if (!('storage' in navigator) || typeof navigator.storage.persist !== 'function') return;
  void navigator.storage
    .persisted()
    .then((already) => (already ? true : navigator.storage.persist()))
    .catch(() => false);
}

export async function startMockBackend(): Promise<MockBackend> {
  askForPersistentStorage();
  const banner = progressBanner();
  const link = connectBackend();
  const opened = await link.open(takeRequestedWorld(), (text) => banner.show(text));
  // Another tab's burst of writes is one refetch here per moment, not one per write (each would queue behind them).
  let pending: ReturnType<typeof setTimeout> | undefined;
  link.onChanged(() => {
    pending ??= setTimeout(() => {
      pending = undefined;
      window.dispatchEvent(new CustomEvent(WORLD_CHANGED_EVENT));
    }, CHANGES_SETTLE_MS);
  });
  link.onRetired(() => banner.show(RETIRED));
  const roots = new Set(opened.roots);
  const forward = http.all('*', async ({ request }) => {
    const url = new URL(request.url);
    if (url.origin !== window.location.origin || !roots.has(url.pathname.split('/')[1] ?? '')) return undefined;
    return (await link.send(request)) ?? undefined;
  });
  await setupWorker(forward).start({ onUnhandledRequest: 'bypass', quiet: true, serviceWorker: { url: '/mockServiceWorker.js' } });
  banner.remove();
  return { personas: opened.personas, notice: opened.notice, world: opened.world, kept: opened.kept };
}
