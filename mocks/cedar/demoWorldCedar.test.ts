/**
 * The demo world in Cedar (issue 23): the export validates against its schema, the policies do not depend on
 * the world, the spec's worked examples hold in Cedar, and Cedar agrees with the permission module on every
 * question about every record of the demo world for each of its persona tokens.
 */
import { describe, expect, it } from 'vitest';
import { EntityStore, cedarRequests, exportCedar, tokenEntity } from '../../src/cedar';
import { CedarAuthorizer, validateExport } from '../../src/cedar/cedarWasm';
import { ITEM_TYPES } from '../../src/domain/types';
import type { Action } from '../../src/domain/types';
import type { World } from '../../src/domain/types';
import { accountPrincipal, buildAccessIndex } from '../../src/permissions';
import type { AccessRequest, Principal, RecordType } from '../../src/permissions';
import { buildDemoWorld } from '../db/demo/demoWorld';
import { buildLargeWorld } from '../db/largeWorld';

const NOW = 1_700_000_000;
const ITEM_ACTIONS: readonly Exclude<Action, 'create'>[] = ['read', 'update', 'delete', 'logs', 'command', 'assign'];
const world = buildDemoWorld(NOW);
const exported = exportCedar(world, { asOf: NOW });
const store = new EntityStore(exported.entities);
const cedar = new CedarAuthorizer();

function cedarAllows(p: Principal, req: AccessRequest): boolean {
  const principal = tokenEntity(p.token);
  return cedarRequests(p, req).some((r) => cedar.authorize(r, store.slice(r, principal)).allowed);
}
const tokenPrincipal = (id: number, actingCid?: number): Principal => {
  const token = world.tokens.find((t) => t.id === id);
  if (!token) throw new Error(`no token ${id} in the demo world`);
  return { token, actingCid: actingCid ?? token.cid, now: NOW };
};

describe('the demo world in Cedar', () => {
  it("validates against the schema with Cedar's own validator", () => {
    expect(validateExport(exported).errors).toEqual([]);
  });

  it('has the same schema and policies whatever the world (the world is entities)', () => {
    const other: World = buildLargeWorld(3, { accounts: 20, devices: 50, perType: 10, grants: 10, roleAssignments: 10, tokens: 10, now: NOW });
    const x = exportCedar(other, { asOf: NOW + 1 });
    expect(x.policies).toEqual(exported.policies);
    expect(x.schema).toEqual(exported.schema);
  });

  it('keeps the worked examples', () => {
    // Dana: read + edit on Reefer 12 through grant 2; nothing else of Contoso's.
    expect(cedarAllows(tokenPrincipal(3), { action: 'read', type: 'devices', id: 312 })).toBe(true);
    expect(cedarAllows(tokenPrincipal(3), { action: 'logs', type: 'devices', id: 312 })).toBe(true);
    expect(cedarAllows(tokenPrincipal(3), { action: 'update', type: 'devices', id: 312 })).toBe(true);
    expect(cedarAllows(tokenPrincipal(3), { action: 'delete', type: 'devices', id: 312 })).toBe(false);
    expect(cedarAllows(tokenPrincipal(3), { action: 'read', type: 'devices', id: 311 })).toBe(false);
    // Toolbox link: ACL GET on devices 301 and 302 only.
    expect(cedarAllows(tokenPrincipal(4), { action: 'read', type: 'devices', id: 301 })).toBe(true);
    expect(cedarAllows(tokenPrincipal(4), { action: 'read', type: 'devices', id: 303 })).toBe(false);
    expect(cedarAllows(tokenPrincipal(4), { action: 'update', type: 'devices', id: 301 })).toBe(false);
    // TrackIt link: messages and telemetry of every device, not their logs.
    expect(cedarAllows(tokenPrincipal(5), { action: 'read', type: 'devices', id: 311, submodule: 'messages' })).toBe(true);
    expect(cedarAllows(tokenPrincipal(5), { action: 'logs', type: 'devices', id: 311 })).toBe(false);
    // The expired token, and a standard token on tokens.
    expect(cedarAllows(tokenPrincipal(6), { action: 'read', type: 'devices', id: 311 })).toBe(false);
    expect(cedarAllows(tokenPrincipal(2), { action: 'read', type: 'tokens', id: 2 })).toBe(false);
    // Support operates Northwind (grant 5): uses its devices, passes nothing on.
    const support: Principal = { ...accountPrincipal(1006, NOW), actingCid: 1004 };
    expect(cedarAllows(support, { action: 'update', type: 'devices', id: 301 })).toBe(true);
    expect(cedarAllows(support, { action: 'create', type: 'tokens', cid: 1004 })).toBe(false);
  });

  it('agrees with the permission module on every record and action, for each persona token of the demo world', () => {
    const ix = buildAccessIndex(world);
    const types: RecordType[] = [...ITEM_TYPES, 'role-assignments'];
    const ids = (type: RecordType): number[] =>
      type === 'subaccounts'
        ? world.accounts.map((a) => a.id)
        : type === 'tokens'
          ? world.tokens.map((t) => t.id)
          : type === 'grants'
            ? world.grants.map((g) => g.id)
            : type === 'roles'
              ? world.roles.map((r) => r.id)
              : type === 'role-assignments'
                ? world.roleAssignments.map((a) => a.id)
                : world.instances[type].map((i) => i.id);
    let asked = 0;
    let allowed = 0;
    for (const token of world.tokens.filter((t) => t.id <= 6)) {
      const p: Principal = { token, actingCid: token.cid, now: NOW };
      const requests: AccessRequest[] = types.flatMap((type) => [
        ...ids(type).flatMap((id) => ITEM_ACTIONS.map((action): AccessRequest => ({ action, type, id }))),
        ...world.accounts.map((a): AccessRequest => ({ action: 'create', type, cid: a.id })),
      ]);
      for (const req of requests) {
        const module = ix.decide(p, req).allowed;
        asked++;
        if (module) allowed++;
        if (cedarAllows(p, req) !== module) expect({ token: token.id, req, cedar: !module }).toEqual({ token: token.id, req, cedar: module });
      }
    }
    expect(allowed).toBeGreaterThan(asked / 10);
  });
});
