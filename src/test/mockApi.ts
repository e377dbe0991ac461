/**
 * Unit tests of src/lib against the mock backend through msw/node: an API client per demo persona, told which
 * of our extensions to use (none: as against a flespi server), and flespi's route table to check requests by.
 */
import { flespiServes } from '../../mocks/api/flespiDialect';
import { installStore } from '../../mocks/db/backend';
import { demoState } from '../../mocks/db/initialState';
import { Store } from '../../mocks/db/store';
import { PERSONAS, personaKey } from '../../mocks/db/demo/personas';
import type { Persona } from '../../mocks/db/demo/personas';
import type { PanelExtension } from '../contracts/extensions';
import { createApiClient } from '../lib/apiClient';
import type { ApiClient } from '../lib/apiClient';

export { flespiServes };

/** Personas whose key the backend accepts. */
export const SIGNED_IN_PERSONAS: ReadonlyArray<Persona['id']> = PERSONAS.filter((p) => !p.refused).map((p) => p.id);

/** An API client of `persona` that believes the server has `extensions`; `sent` lists every request it made. */
export function personaApi(persona: Persona['id'], extensions: readonly PanelExtension[]): { api: ApiClient; sent: string[] } {
  const sent: string[] = [];
  const api = createApiClient({
    baseUrl: 'http://api.test',
    getKey: () => personaKey(persona),
    getExtensions: () => extensions,
    fetch: (input, init) => {
      sent.push(`${init?.method ?? 'GET'} ${new URL(String(input)).pathname}`);
      return fetch(input, init);
    },
  });
  return { api, sent };
}

export { server } from '../../mocks/node';

/** The demo world as a flespi server could hold it: no roles, no role assignments (flespi has neither). */
export function installFlespiWorld(): void {
  const state = demoState();
  installStore(new Store({ ...state, world: { ...state.world, roles: [], roleAssignments: [] } }));
}
