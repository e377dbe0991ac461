/** The one store the handlers answer from, and the shelf of what it kept aside; browser.ts, node.ts and server.ts install them. */
import { demoState } from './initialState';
import { Store } from './store';
import { EMPTY_SHELF } from './keptShelf';
import type { KeptShelf } from './keptShelf';

let current: Store | null = null;
let shelf: KeptShelf = EMPTY_SHELF;

export function installStore(store: Store): Store {
  current = store;
  return store;
}

export function getStore(): Store {
  current ??= new Store(demoState());
  return current;
}

export function installKeptShelf(s: KeptShelf): void {
  shelf = s;
}

export const getKeptShelf = (): KeptShelf => shelf;
