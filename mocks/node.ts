/** The same handlers in Node (tests): a fresh demo world per `resetMockWorld()`. */
import { setupServer } from 'msw/node';
import { installStore } from './db/backend';
import { demoState } from './db/initialState';
import { Store } from './db/store';
import { handlers } from './handlers';

export const server = setupServer(...handlers);

export function resetMockWorld(): Store {
  return installStore(new Store(demoState()));
}
