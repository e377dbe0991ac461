/** "Add <item> to the token's access list": the change the nearest blocker tries, table-driven and against the oracle. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AclEntry, Token } from '../domain/types';
import { INSTANCE_TYPES } from '../domain/types';
import { aclWithItem } from './index';
import type { Principal } from './index';
import { oracleDecide } from './test/oracle';
import { ORACLE_BUILTINS } from './test/oracleBuiltins';
import { GEN_NOW, worldArb } from './test/worldArb';

const reads: AclEntry = { uri: 'gw/devices', methods: ['GET'], ids: [111, 112] };
const messagesOnly: AclEntry = { uri: 'gw/devices', methods: ['GET'], ids: [111], submodules: [{ name: 'messages', methods: ['GET'] }] };

describe('aclWithItem', () => {
  it('adds the id to an entry of the type that then allows the call, keeping its methods', () => {
    expect(aclWithItem([reads], 'devices', { action: 'read', type: 'devices', id: 113 })).toEqual({
      acl: [{ ...reads, ids: [111, 112, 113] }],
      entry: { ...reads, ids: [111, 112, 113] },
      joined: true,
    });
  });
  it('keeps the submodules of the entry it joins (a read needs none)', () => {
    expect(aclWithItem([messagesOnly], 'devices', { action: 'read', type: 'devices', id: 113 }).entry).toEqual({ ...messagesOnly, ids: [111, 113] });
  });
  it('an entry of its own when no entry would allow the call: another method, a submodule it leaves out, another type', () => {
    expect(aclWithItem([reads], 'devices', { action: 'update', type: 'devices', id: 111 })).toEqual({
      acl: [reads, { uri: 'gw/devices', methods: ['GET', 'PUT'], ids: [111] }],
      entry: { uri: 'gw/devices', methods: ['GET', 'PUT'], ids: [111] },
      joined: false,
    });
    expect(aclWithItem([messagesOnly], 'devices', { action: 'logs', type: 'devices', id: 113 }).entry).toEqual({
      uri: 'gw/devices',
      methods: ['GET'],
      ids: [113],
    });
    const writeOnly: AclEntry = { uri: 'gw/devices', methods: ['PUT'], ids: [111] };
    expect(aclWithItem([writeOnly], 'devices', { action: 'update', type: 'devices', id: 113 }).joined).toBe(false);
    expect(aclWithItem([reads], 'channels', { action: 'read', type: 'channels', id: 5 }).acl).toEqual([
      reads,
      { uri: 'gw/channels', methods: ['GET'], ids: [5] },
    ]);
  });
  it('never touches an entry for every id, nor the other entries', () => {
    const all: AclEntry = { uri: 'gw/devices', methods: ['GET'], ids: 'all' };
    const { acl } = aclWithItem([all, reads], 'devices', { action: 'delete', type: 'devices', id: 9 });
    expect(acl.slice(0, 2)).toEqual([all, reads]);
  });

  it('the list it gives lets an ACL token make the call its account may make (oracle, random worlds)', () => {
    fc.assert(
      fc.property(
        worldArb,
        fc.nat(),
        fc.nat(),
        fc.constantFrom(...INSTANCE_TYPES),
        fc.constantFrom('read', 'update', 'delete', 'logs') as fc.Arbitrary<'read' | 'update' | 'delete' | 'logs'>,
        ({ world }, a, b, type, action) => {
          const tokens = world.tokens.filter((t) => t.access.type === 2);
          const token = tokens[a % Math.max(tokens.length, 1)];
          if (!token) return;
          // An item its account may make the call on (as a standard token would).
          const asAccount: Principal = { token: { ...token, access: { type: 1, acl: [] } }, actingCid: token.cid, now: GEN_NOW };
          const reachable = world.instances[type].filter((i) => oracleDecide(world, ORACLE_BUILTINS, asAccount, { action, type, id: i.id }).status === 200);
          const item = reachable[b % Math.max(reachable.length, 1)];
          if (!item) return;
          const req = { action, type, id: item.id };
          const changed: Token = { ...token, access: { ...token.access, acl: aclWithItem(token.access.acl, type, req).acl } };
          const after = { ...world, tokens: world.tokens.map((t) => (t.id === token.id ? changed : t)) };
          expect(oracleDecide(after, ORACLE_BUILTINS, { token: changed, actingCid: token.cid, now: GEN_NOW }, req).status).toBe(200);
        },
      ),
      { numRuns: 300 },
    );
  });
});
