import { describe, expect, it } from 'vitest';
import { worldAdminRefusal } from './rootAccount';
import { tokenKindLabel } from '../domain/tokenKinds';
import { platformRefusal, typeRefusal } from './tokenFacts';

const accounts = [
  { id: 1, owner_id: 0 },
  { id: 2, owner_id: 1 },
];
const token = (type: 0 | 1 | 2, cid = 1, acl: Array<{ uri: 'gw/devices'; methods: Array<'GET' | 'POST'>; ids: 'all' }> = []) => ({
  cid,
  access: { type, acl },
});

describe('one rule, one refusal', () => {
  it('master tokens only: one refusal for every platform path', () => {
    expect(platformRefusal(token(1))).toBeNull();
    expect(platformRefusal(token(0))?.message).toMatch(/^Only a master token may use Access Management/);
    expect(platformRefusal(token(2))).toEqual(platformRefusal(token(0)));
  });

  it('what a kind could ever read of a type', () => {
    expect(typeRefusal(token(0), 'devices')).toBeNull();
    expect(typeRefusal(token(0), 'grants')?.code).toBe('token-kind');
    expect(typeRefusal(token(2, 1, [{ uri: 'gw/devices', methods: ['GET'], ids: 'all' }]), 'devices')).toBeNull();
    expect(typeRefusal(token(2, 1, [{ uri: 'gw/devices', methods: ['POST'], ids: 'all' }]), 'devices')?.message).toBe(
      "The token's access list allows no GET on gw/devices.",
    );
  });

  it('the world is reset, exported and imported only by the root account’s master token acting as the root', () => {
    expect(worldAdminRefusal({ token: token(1), actingCid: 1 }, accounts)).toBeNull();
    expect(worldAdminRefusal({ token: token(1), actingCid: 2 }, accounts)?.code).toBe('token-kind');
    expect(worldAdminRefusal({ token: token(1, 2), actingCid: 2 }, accounts)).not.toBeNull();
    expect(worldAdminRefusal({ token: token(0), actingCid: 1 }, accounts)).not.toBeNull();
  });

  it('token kinds have one name each', () => {
    expect([0, 1, 2, 9].map(tokenKindLabel)).toEqual(['Standard', 'Master', 'ACL', 'Unknown kind']);
  });
});
