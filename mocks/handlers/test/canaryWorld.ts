/**
 * Random worlds for the leak harness: the permission module's random worlds (src/permissions/test) in
 * which every record carries a unique canary in its name and metadata, plus a log of every record's
 * creation and memberships, so that log answers have something to leak.
 */
import type fc from 'fast-check';
import { LIMIT_TYPES } from '../../../src/domain/limits';
import type { Limit, LimitCounts } from '../../../src/domain/limits';
import type { LogRecord, World } from '../../../src/domain/types';
import type { RecordType } from '../../../src/permissions';
import { GEN_NOW, worldArb } from '../../../src/permissions/test/worldArb';

export const canary = (type: RecordType, id: number): string => `cnry.${type}.${id}.end`;
const UNBOUNDED_COUNTS = Object.fromEntries(LIMIT_TYPES.map((t) => [t, -1])) as LimitCounts;
export const CANARY_PATTERN = /cnry\.([a-z-]+)\.(\d+)\.end/g;

function plant(world: World): void {
  for (const a of world.accounts) Object.assign(a, { name: canary('subaccounts', a.id), metadata: { note: canary('subaccounts', a.id) } });
  for (const list of Object.values(world.instances))
    for (const i of list) Object.assign(i, { name: canary(i.type, i.id), metadata: { note: canary(i.type, i.id) } });
  for (const t of world.tokens) Object.assign(t, { info: canary('tokens', t.id), metadata: { note: canary('tokens', t.id) } });
  for (const g of world.grants) g.name = canary('grants', g.id);
  for (const r of world.roles) if (!r.builtin) Object.assign(r, { name: canary('roles', r.id), description: canary('roles', r.id) });
  plantLimits(world);
}

/**
 * Issue 18: a limit of its parent's on every second subaccount (no devices on every fourth, so creates meet
 * it; otherwise unbounded, so the write matrix still gets writes through), and an unused one of every third account.
 */
function plantLimits(world: World): void {
  const limits: Limit[] = [];
  const add = (cid: number, devices: number): Limit => {
    const id = limits.length + 1;
    const l: Limit = { id, cid, name: `cnry.limits.${id}.end`, description: `cnry.limits.${id}.end`, ...UNBOUNDED_COUNTS, devices };
    limits.push(l);
    return l;
  };
  for (const a of world.accounts) {
    if (a.owner_id !== 0 && a.id % 2 === 0) a.limit_id = add(a.owner_id, a.id % 4 === 0 ? 0 : -1).id;
    if (a.id % 3 === 0) add(a.id, 1);
  }
  world.limits = limits;
}

function logsOf(world: World): LogRecord[] {
  const out: LogRecord[] = [];
  const add = (cid: number, event: string, item_type: LogRecord['item_type'], item_id: number, changes: LogRecord['changes']): void => {
    const author = world.tokens[out.length % Math.max(world.tokens.length, 1)];
    out.push({ id: out.length + 1, cid, timestamp: GEN_NOW - 100, event, item_type, item_id, token_id: author?.id ?? 1, actor_cid: author?.cid ?? 1, changes });
  };
  const created = (r: object): LogRecord['changes'] =>
    Object.fromEntries(
      Object.entries(r)
        .filter(([k]) => k !== 'key' && k !== 'id')
        .map(([k, v]): [string, [unknown, unknown]] => [k, [null, v]]),
    );
  for (const a of world.accounts) add(a.owner_id, 'created', 'subaccounts', a.id, created(a));
  for (const list of Object.values(world.instances))
    for (const i of list) {
      add(i.cid, 'created', i.type, i.id, created(i));
      if (i.devices) add(i.cid, 'linked', i.type, i.id, { devices: [[], i.devices] });
    }
  for (const t of world.tokens) add(t.cid, 'created', 'tokens', t.id, created(t));
  for (const g of world.grants) {
    add(g.cid, 'created', 'grants', g.id, created(g));
    add(g.cid, 'linked', 'grants', g.id, { subaccounts: [[], g.subaccounts] });
  }
  for (const r of world.roles) if (!r.builtin) add(r.cid, 'created', 'roles', r.id, created(r));
  for (const a of world.roleAssignments) add(a.cid, 'created', 'role-assignments', a.id, created(a));
  for (const l of world.limits ?? []) add(l.cid, 'created', 'limits', l.id, created(l));
  return out;
}

export interface CanaryWorld {
  world: World;
  logs: LogRecord[];
}

export const canaryWorldArb: fc.Arbitrary<CanaryWorld> = worldArb.map(({ world }) => {
  plant(world);
  return { world, logs: logsOf(world) };
});
