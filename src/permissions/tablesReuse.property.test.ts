/**
 * Re-indexing after a change reuses the previous index's tables where their source did not change
 * (issue 19): after every change of a random sequence, the tables and the answers equal a fresh index's.
 * Changes are made as the mock's store makes them: copy on write, untouched lists and records shared.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INSTANCE_TYPES, ITEM_TYPES } from '../domain/types';
import type { InstanceType, World } from '../domain/types';
import { buildAccessIndex, engineOf } from './buildAccessIndex';
import type { AccessIndex } from './buildAccessIndex';
import type { RecordType } from './types';
import { GEN_NOW, worldArb } from './test/worldArb';
import { tablesOf } from './test/indexTables';

const RUNS = Number(process.env.REINDEX_RUNS ?? 150);

const changeArb = fc.record({ kind: fc.nat(7), type: fc.nat(5), pick: fc.nat(100), other: fc.nat(100) });
type ChangeChoice = typeof changeArb extends fc.Arbitrary<infer T> ? T : never;

const at = <T>(list: readonly T[], n: number): T | undefined => (list.length ? list[n % list.length] : undefined);

/** One change, copy on write: a rename, a move, an add, a remove, new members, a grant's or an account's edit. */
function change(w: World, c: ChangeChoice): World {
  const type: InstanceType = INSTANCE_TYPES[c.type] ?? 'devices';
  const list = w.instances[type];
  const target = at(list, c.pick);
  const withList = (next: typeof list): World => ({ ...w, instances: { ...w.instances, [type]: next } });
  const cidOf = (n: number) => at(w.accounts, n)?.id ?? 1;
  switch (c.kind) {
    case 0:
      return target ? withList(list.map((x) => (x === target ? { ...x, name: `${x.name}'` } : x))) : w;
    case 1:
      return target ? withList(list.map((x) => (x === target ? { ...x, cid: cidOf(c.other) } : x))) : w;
    case 2:
      return withList([...list, { id: 10_000 + c.pick * 101 + c.other, cid: cidOf(c.other), type, name: 'new' }]);
    case 3:
      return target ? withList(list.filter((x) => x !== target)) : w;
    case 4: {
      const devices = w.instances.devices.map((d) => d.id);
      return target ? withList(list.map((x) => (x === target ? { ...x, devices: [at(devices, c.other) ?? 1] } : x))) : w;
    }
    case 5: {
      const g = at(w.grants, c.pick);
      return g ? { ...w, grants: w.grants.map((x) => (x === g ? { ...x, subaccounts: [cidOf(c.other)] } : x)) } : w;
    }
    case 6: {
      const a = at(w.accounts, c.pick);
      return a && a.owner_id !== 0 ? { ...w, accounts: w.accounts.map((x) => (x === a ? { ...x, blocked: !x.blocked } : x)) } : w;
    }
    default: {
      const t = at(w.tokens, c.pick);
      return t ? { ...w, tokens: w.tokens.map((x) => (x === t ? { ...x, enabled: !x.enabled } : x)) } : w;
    }
  }
}

/** Answers of every token, as itself, for every record type: what it sees, and each item's decision. */
function answersOf(ix: AccessIndex, w: World): unknown {
  return w.tokens.map((token) => {
    const p = { token, actingCid: token.cid, now: GEN_NOW };
    const types: RecordType[] = [...ITEM_TYPES, 'role-assignments'];
    return types.map((type) => [type, ix.visibleIds(p, type), ix.effectiveAccess(p, type).map((e) => [e.id, e.permissions])]);
  });
}

describe('re-indexing after a change', () => {
  it(`equals a fresh index, tables and answers, after every change (${RUNS} random worlds)`, () => {
    fc.assert(
      fc.property(worldArb, fc.array(changeArb, { minLength: 1, maxLength: 8 }), ({ world }, changes) => {
        let w = world;
        let ix = buildAccessIndex(w);
        for (const c of changes) {
          w = change(w, c);
          ix = buildAccessIndex(w, { previous: ix });
          const fresh = buildAccessIndex(w);
          expect(tablesOf(ix)).toEqual(tablesOf(fresh));
          expect(answersOf(ix, w)).toEqual(answersOf(fresh, w));
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('reuses what a change did not touch', () => {
    const { world } = fc.sample(
      worldArb.filter(({ world: w }) => w.instances.devices.length > 1),
      { numRuns: 1, seed: 7 },
    )[0]!;
    const ix = buildAccessIndex(world);
    const renamed = change(world, { kind: 0, type: 0, pick: 0, other: 0 });
    const next = engineOf(buildAccessIndex(renamed, { previous: ix })).wt;
    const prev = engineOf(ix).wt;
    expect(next.tour).toBe(prev.tour);
    expect(next.grantsByGrantee).toBe(prev.grantsByGrantee);
    expect(next.instances.channels).toBe(prev.instances.channels);
    expect(next.instances.devices.byOwner).toBe(prev.instances.devices.byOwner);
    expect(next.instances.devices.byId.get(renamed.instances.devices[0]!.id)).toBe(renamed.instances.devices[0]);
  });
});
