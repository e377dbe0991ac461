/** Starts the in-browser mock backend: loads the world from IndexedDB, then serves the handlers. */
import { setupWorker } from 'msw/browser';
import { installStore } from './db/backend';
import { PERSONAS } from './db/demo/personas';
import type { Persona } from './db/demo/personas';
import { attachPersistence, loadState } from './db/persistIndexedDb';
import { Store } from './db/store';
import { handlers } from './handlers';

export { WORLD_CHANGED_EVENT } from './db/persistIndexedDb';

export async function startMockBackend(): Promise<{ personas: readonly Persona[]; notice: string | null }> {
  const { state, notice } = await loadState();
  const store = installStore(new Store(state));
  await attachPersistence(store);
  await setupWorker(...handlers).start({ onUnhandledRequest: 'bypass', quiet: true, serviceWorker: { url: '/mockServiceWorker.js' } });
  return { personas: PERSONAS, notice };
}
