import { describe, expect, it } from 'vitest';
import { dropReferences, referencesTo } from './index';
import type { Reference } from './index';
import { fixtureWorld } from './test/fixtures';

const keyOf = (r: Pick<Reference, 'type' | 'id' | 'effect'>) => `${r.type}:${r.id}:${r.effect}`;
const keys = (refs: readonly Reference[]) => [...new Set(refs.map(keyOf))].sort();

describe('referencesTo / dropReferences: instances', () => {
  it('a device: container members, grant item lists, ACL ids, scoped assignments', () => {
    const world = fixtureWorld();
    expect(keys(referencesTo(world, { type: 'devices', ids: [111] }))).toEqual(
      ['calcs:301:updated', 'groups:601:updated', 'streams:401:updated', 'tokens:11:updated', 'tokens:4:updated'].sort(),
    );
    expect(keys(referencesTo(world, { type: 'devices', ids: [123] }))).toEqual(['groups:602:updated', 'role-assignments:4:deleted']);
  });
  it('drops them all, and leaves no id pointing at the device', () => {
    const world = fixtureWorld();
    const dropped = dropReferences(world, { type: 'devices', ids: [111, 122] });
    expect(dropped.every((d) => d.effect === 'deleted' || Object.keys(d.changes).length > 0)).toBe(true);
    const json = JSON.stringify({
      c: world.instances.calcs,
      g: world.instances.groups,
      s: world.instances.streams,
      gr: world.grants.map((g) => g.items),
      acl: world.tokens.map((t) => t.access),
    });
    expect(json).not.toMatch(/\b(111|122)\b/);
    expect(world.tokens.find((t) => t.id === 4)?.access.acl[0]?.ids).toEqual([112]);
    expect(world.grants.find((g) => g.id === 2)?.items[0]?.ids).toEqual([]);
    expect(referencesTo(world, { type: 'devices', ids: [111, 122] })).toEqual([]);
  });
});

describe('referencesTo / dropReferences: accounts', () => {
  it('an account: its tokens and grants go, grants to it are unlinked, its assignments go', () => {
    const world = fixtureWorld();
    expect(keys(referencesTo(world, { type: 'subaccounts', ids: [8] }))).toEqual(
      [
        'grants:2:updated',
        'grants:9:deleted',
        'role-assignments:1:deleted',
        'role-assignments:2:deleted',
        'role-assignments:4:deleted',
        'tokens:14:deleted',
        'tokens:3:deleted',
      ].sort(),
    );
    dropReferences(world, { type: 'subaccounts', ids: [8] });
    expect(world.grants.find((g) => g.id === 2)?.subaccounts).toEqual([]);
    expect(world.tokens.some((t) => t.cid === 8)).toBe(false);
    expect(world.roleAssignments.some((a) => a.subject_cid === 8)).toBe(false);
  });
  it('whole-subaccount grant items lose the account; custom roles of the account go with their assignments', () => {
    const world = fixtureWorld();
    dropReferences(world, { type: 'subaccounts', ids: [9] });
    expect(world.grants.filter((g) => g.id === 4 || g.id === 5).map((g) => g.items[0]?.ids)).toEqual([[], []]);
    const refs = referencesTo(fixtureWorld(), { type: 'subaccounts', ids: [4] });
    expect(keys(refs.filter((r) => r.type === 'roles' || r.type === 'role-assignments'))).toEqual(['role-assignments:5:deleted', 'roles:10:deleted']);
  });
  it('scope naming the account: the assignment goes', () => {
    const world = fixtureWorld();
    dropReferences(world, { type: 'subaccounts', ids: [6] });
    expect(world.roleAssignments.map((a) => a.id).sort()).toEqual([1, 3]);
  });
});
