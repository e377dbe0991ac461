/**
 * Issue 17: device messages and telemetry (GET submodules) and leaving a received grant, as the module
 * answers them; the mock's /messages, /telemetry and DELETE /platform/grantors ask exactly these.
 */
import { describe, expect, it } from 'vitest';
import { buildAccessIndex, leaveGrantRefusal, submoduleRefusal } from './index';
import type { Principal } from './index';
import type { Submodule, Token } from '../domain/types';
import { NOW, T, fixtureWorld, tokenOf } from './test/fixtures';

const world = fixtureWorld();
const ix = buildAccessIndex(world);
const p = (token: Token, actingCid = token.cid): Principal => ({ token, actingCid, now: NOW });
const read = (token: Token, id: number, submodule: Submodule) => ix.decide(p(token), { action: 'read', type: 'devices', id, submodule, method: 'GET' });
const acl = (submodules?: Array<{ name: Submodule; methods: ['GET'] }>): Token => ({
  ...tokenOf(world, T.trackit),
  access: { type: 2, acl: [{ uri: 'gw/devices', methods: ['GET'], ids: 'all', ...(submodules ? { submodules } : {}) }] },
});

describe('messages and telemetry of a device', () => {
  it.each(['messages', 'telemetry'] as const)('an ACL token with devices and the %s submodule reads it', (sub) => {
    expect(read(tokenOf(world, T.trackit), 121, sub).allowed).toBe(true);
  });
  it('an ACL entry listing submodules refuses the ones it does not list (403 acl-submodule)', () => {
    const telemetryOnly = acl([{ name: 'telemetry', methods: ['GET'] }]);
    expect(read(telemetryOnly, 121, 'telemetry').allowed).toBe(true);
    const d = read(telemetryOnly, 121, 'messages');
    expect(d.status).toBe(403);
    expect(d.refusal?.code).toBe('acl-submodule');
  });
  it('an entry listing none follows the item methods; a master or standard token by the device read right', () => {
    expect(read(acl(), 121, 'messages').allowed).toBe(true);
    expect(read(tokenOf(world, T.nwStandard), 111, 'messages').allowed).toBe(true);
    expect(read(tokenOf(world, T.nwStandard), 121, 'messages').status).toBe(404);
  });
});

describe('leaving a received grant (grantee side only)', () => {
  const grant1 = world.grants.find((g) => g.id === 1);
  if (!grant1) throw new Error('fixture grant 1');
  it('a master token acting as a grantee may leave', () => {
    expect(leaveGrantRefusal(p(tokenOf(world, T.nwMaster)), grant1)).toBeNull();
    expect(leaveGrantRefusal(p(tokenOf(world, T.rootMaster), 5), grant1)).toBeNull();
  });
  it('the grantor is not a grantee: 404; a standard or ACL token: 403', () => {
    expect(leaveGrantRefusal(p(tokenOf(world, T.rootMaster)), grant1)?.status).toBe(404);
    expect(leaveGrantRefusal(p(tokenOf(world, T.nwStandard)), grant1)?.status).toBe(403);
    expect(leaveGrantRefusal(p(tokenOf(world, T.nwAcl)), grant1)?.refusal.code).toBe('token-kind');
  });
});

describe('submoduleRefusal: the token alone (the device page asks it for its tabs)', () => {
  it('agrees with decide on a readable device', () => {
    const telemetryOnly = acl([{ name: 'telemetry', methods: ['GET'] }]);
    for (const token of [tokenOf(world, T.trackit), telemetryOnly, acl(), tokenOf(world, T.rootMaster)]) {
      for (const sub of ['messages', 'telemetry'] as const) {
        expect(submoduleRefusal(token, 'devices', 121, sub) === null, `${token.id} ${sub}`).toBe(read(token, 121, sub).allowed);
      }
    }
    expect(submoduleRefusal(telemetryOnly, 'devices', 121, 'messages')?.code).toBe('acl-submodule');
  });
});
