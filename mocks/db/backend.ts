/** The one store the handlers answer from; browser.ts, node.ts and server.ts install it. */
import { demoState } from './initialState';
import { Store } from './store';

let current: Store | null = null;

export function installStore(store: Store): Store {
  current = store;
  return store;
}

export function getStore(): Store {
  current ??= new Store(demoState());
  return current;
}
