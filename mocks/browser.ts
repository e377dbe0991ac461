/** Starts the in-browser mock backend: loads (or builds) the world, then serves the handlers. */
import { setupWorker } from 'msw/browser';
import { installStore } from './db/backend';
import { PERSONAS } from './db/demo/personas';
import type { Persona } from './db/demo/personas';
import { largePersonas } from './db/largePersonas';
import type { LargePersona } from './db/largePersonas';
import { attachPersistence, loadState, sourceOf } from './db/persistIndexedDb';
import { Store } from './db/store';
import { requestedSource } from './db/worldSource';
import type { WorldSource } from './db/worldSource';
import { handlers } from './handlers';
import { progressBanner } from './progressBanner';

export { WORLD_CHANGED_EVENT } from './db/persistIndexedDb';
export type { WorldSource };

export interface MockBackend {
  personas: readonly (Persona | LargePersona)[];
  notice: string | null;
  /** The stored data that could not be used, kept aside: offered for download with the notice. */
  kept: { fileName: string; json: string } | null;
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

export async function startMockBackend(): Promise<MockBackend> {
  const banner = progressBanner();
  const requested = takeRequestedWorld();
  // Reading a changed large world back (~25 MB) takes a moment: say so if it does.
  const slow = setTimeout(() => banner.show('Loading the stored world…'), 300);
  const { state, notice, stored, kept } = await loadState({
    requested,
    onProgress: (f) => {
      clearTimeout(slow);
      banner.show(`Building the large world… ${Math.round(f * 100)}%`);
    },
  });
  clearTimeout(slow);
  const world = sourceOf(state);
  const store = installStore(new Store(state));
  if (world.kind === 'large') {
    banner.show('Indexing the large world… 100%');
    // Let the banner paint, then build the permission index now rather than on the first request.
    await new Promise((resolve) => setTimeout(resolve, 0));
    store.index();
  }
  await attachPersistence(store, { stored });
  await setupWorker(...handlers).start({ onUnhandledRequest: 'bypass', quiet: true, serviceWorker: { url: '/mockServiceWorker.js' } });
  banner.remove();
  const now = Math.floor(Date.now() / 1000);
  const personas = world.kind === 'large' ? largePersonas(store.world, store.index(), now) : PERSONAS;
  const keptFile = kept ? { fileName: `iot-panel-${kept.key}.json`, json: JSON.stringify(kept.value) } : null;
  return { personas, notice, world, kept: keptFile };
}
