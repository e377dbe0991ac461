/** Ours, mock only: reset the demo world, export and import the whole world (root master token). */
import { demoState } from '../db/initialState';
import { migrateState } from '../db/migrations';
import { restore } from '../db/replay';
import type { StoredState } from '../db/store';
import { HttpError, readJson } from '../http/respond';
import { requireRootMaster } from './mockAdminAccess';
import { mockKeptHandlers } from './mockKept';
import { answer, route } from './route';
import { ENDPOINTS } from '../../src/contracts/endpoints';

/** A kept file (`{state, journal}`, from Demo data's kept list or the notice) is its journal replayed over its state. */
const isKeptFile = (v: unknown): v is { state: unknown; journal: unknown[] } =>
  !!v && typeof v === 'object' && 'state' in v && 'journal' in v && Array.isArray(v.journal);

/** An export (a state) or a kept file, brought to the current version; null when neither can be read. */
const importable = (body: unknown): Promise<StoredState | null> => (isKeptFile(body) ? restore(body.state, body.journal) : Promise.resolve(migrateState(body)));

export const mockAdminHandlers = [
  route.post(`*${ENDPOINTS.mockReset}`, (ctx) => {
    requireRootMaster(ctx);
    ctx.store.replace(demoState());
    return answer([{ reset: true }]);
  }),
  route.get(`*${ENDPOINTS.mockExport}`, (ctx) => {
    requireRootMaster(ctx);
    return answer([ctx.store.snapshot()]);
  }),
  route.post(`*${ENDPOINTS.mockImport}`, async (ctx) => {
    requireRootMaster(ctx);
    const body = await readJson(ctx.request);
    // An export or a kept file of an older version is migrated like a stored world.
    const state = await importable(body);
    if (!state)
      throw new HttpError(
        400,
        'The body must be a world exported by GET /mock/export or a kept file from GET /mock/kept/<key> (this version or an older one) that can be read.',
      );
    ctx.store.replace(state);
    return answer([{ imported: true }]);
  }),
  ...mockKeptHandlers,
];
