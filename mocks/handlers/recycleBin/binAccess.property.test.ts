/**
 * Issue 18's proof, through the handlers on random worlds: a record deleted (moved to the recycle bin) gives
 * nobody any access (the module and the Cedar export answer as if the bin were empty, and nobody reads the
 * record), and restoring it gives back exactly the access the world had, less what the delete unlinked
 * (memberships, grant items, ACL ids, grantee links, the records deleted with it).
 */
import fc from 'fast-check';
import { getResponse } from 'msw';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { exportCedar } from '../../../src/cedar/exportCedar';
import { binOrigin } from '../../../src/contracts/recycleBin';
import { accountPrincipal, buildAccessIndex, dropReferences } from '../../../src/permissions';
import type { AccessIndex, Principal, RecordType } from '../../../src/permissions';
import { GEN_NOW, worldArb } from '../../../src/permissions/test/worldArb';
import type { Token, World } from '../../../src/domain/types';
import { getStore, installStore } from '../../db/backend';
import { dropSubtree } from './subtreeDelete';
import { STORE_VERSION, Store } from '../../db/store';
import { handlers } from '../index';
import { RECORD_TYPES } from '../test/oracleView';

const MASTER_KEY = 'BinPropertyMasterKey0000000000000000000000000000000000000000000000'.slice(0, 64);

/** What every account as such and every token reads and may change, type by type: the access a world gives. */
function accessOf(ix: AccessIndex, w: World): string {
  const principals: Principal[] = [
    ...[...w.accounts].sort((a, b) => a.id - b.id).map((a) => accountPrincipal(a.id, GEN_NOW)),
    ...w.tokens
      .filter((t) => t.key !== MASTER_KEY)
      .sort((a, b) => a.id - b.id)
      .map((token) => ({ token, actingCid: token.cid, now: GEN_NOW })),
  ];
  return JSON.stringify(
    principals.map((p) =>
      RECORD_TYPES.map((type) => [...ix.visibleIds(p, type)].sort((a, b) => a - b).join(',')).concat(
        RECORD_TYPES.map((type) => [...ix.visibleIds(p, type)].filter((id) => ix.decide(p, { action: 'update', type, id }).allowed).join(',')),
      ),
    ),
  );
}

const clone = (w: World): World => structuredClone(w);
const withoutBin = ({ deleted: _d, ...w }: World): World => w;

async function send(method: string, path: string, cid: number): Promise<number> {
  const headers = { authorization: `FlespiToken ${MASTER_KEY}`, 'x-flespi-cid': String(cid), 'content-type': 'application/json' };
  const res = await getResponse(handlers, new Request(`http://api.test${path}?confirm=lockout`, { method, headers }));
  return res?.status ?? 0;
}

/** How far the runs got: a property that never restores proves nothing. */
const reached = { deleted: 0, restored: 0, refused: 0 };

const PICKS: ReadonlyArray<RecordType> = ['devices', 'groups', 'calcs', 'tokens', 'grants', 'role-assignments', 'subaccounts'];

async function check(generated: World, pick: number, which: number): Promise<boolean> {
  const world = clone(generated);
  const type = PICKS[pick % PICKS.length] ?? 'devices';
  const root = world.accounts.find((a) => a.owner_id === 0);
  if (!root) return true;
  // A master token of the root (its branch is the world): the one that deletes and restores.
  const master: Token = { ...accountPrincipal(root.id, GEN_NOW).token, id: 9999, key: MASTER_KEY, info: 'bin' };
  world.tokens.push(master);
  const list = type === 'subaccounts' ? world.accounts.filter((a) => a.owner_id !== 0) : listOf(world, type);
  const target = list[which % Math.max(list.length, 1)];
  if (!target) return true;
  const base = `/${binOrigin(type, target.id).split('/').slice(0, -1).join('/')}`;
  installStore(new Store({ version: STORE_VERSION, world: clone(world), logs: [], revs: {} }));
  if ((await send('DELETE', `${base}/${target.id}`, root.id)) !== 200) return true;
  const deleted = getStore().world;
  reached.deleted++;
  const ix = buildAccessIndex(deleted);
  // Gives nothing: the same answers without the bin, nobody reads the record, the Cedar export unchanged.
  expect(accessOf(ix, deleted)).toBe(accessOf(buildAccessIndex(withoutBin(deleted)), withoutBin(deleted)));
  expect(JSON.stringify(exportCedar(deleted, { asOf: GEN_NOW }))).toBe(JSON.stringify(exportCedar(withoutBin(deleted), { asOf: GEN_NOW })));
  for (const a of deleted.accounts) expect(ix.decide(accountPrincipal(a.id, GEN_NOW), { action: 'read', type, id: target.id }).allowed).toBe(false);
  // Restored (in the record's account): the access of the world before, less what the delete unlinked.
  const entry = deleted.deleted?.find((e) => e.type === type && e.item_id === target.id);
  const frozen = JSON.stringify(getStore().snapshot().world);
  const status = await send('POST', `/platform/deleted/${encodeURIComponent(binOrigin(type, target.id))}/restore`, entry?.cid ?? 0);
  if (status !== 200) {
    // A restore the create checks refuse (random worlds hold records no guard would let anyone make), or one
    // into an account nobody may act as (blocked: 403), changes nothing.
    reached.refused++;
    expect([403, 409]).toContain(status);
    expect(JSON.stringify(getStore().snapshot().world)).toBe(frozen);
    return true;
  }
  const expected = clone(world);
  // An account takes what it holds along (its subtree stays in the bin); an instance its references.
  if (type === 'subaccounts') dropSubtree(expected, new Set([target.id]));
  else if (type === 'devices' || type === 'groups' || type === 'calcs') dropReferences(expected, { type, ids: [target.id] });
  const restored = getStore().world;
  reached.restored++;
  expect(accessOf(buildAccessIndex(restored), restored)).toBe(accessOf(buildAccessIndex(expected), expected));
  return true;
}

function listOf(w: World, type: RecordType): Array<{ id: number }> {
  if (type === 'tokens') return w.tokens.filter((t) => t.key !== MASTER_KEY);
  if (type === 'grants') return w.grants;
  if (type === 'role-assignments') return w.roleAssignments;
  if (type === 'roles' || type === 'subaccounts') return [];
  return w.instances[type];
}

beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(GEN_NOW * 1000);
});
afterAll(() => vi.useRealTimers());

describe('the recycle bin gives nothing, and a restore gives back what there was', () => {
  it('on random worlds, for a random deletion of each kind', async () => {
    await fc.assert(
      fc.asyncProperty(worldArb, fc.nat(), fc.nat(), ({ world }, pick, which) => check(world, pick, which)),
      { numRuns: Number(process.env.BIN_RUNS ?? 150) },
    );
    expect(reached.restored).toBeGreaterThan(reached.deleted / 3);
  }, 120_000);
});
