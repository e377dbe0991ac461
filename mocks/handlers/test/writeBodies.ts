/**
 * Bodies for the write matrix, from the operation table's zod contracts: plausible ones made from the
 * world's own ids (so that many writes are allowed; each is checked against the contract and replaced by a
 * schema-drawn one if it does not parse), values drawn from the contract's JSON schema (the fuzzer's
 * generator), and broken ones (the fuzzer's mutations).
 */
import fc from 'fast-check';
import { z } from 'zod';
import { OPERATIONS } from '../../../src/contracts/operations';
import { INSTANCE_TYPES, isInstanceType } from '../../../src/domain/types';
import type { InstanceType, World } from '../../../src/domain/types';
import type { RecordType } from '../../../src/permissions';
import { GEN_NOW } from '../../../src/permissions/test/worldArb';
import type { JsonSchema } from '../../fuzz/fuzzDocument';
import { BODY_MUTATIONS, mutateBody } from '../../fuzz/mutations';
import { schemaArb } from '../../fuzz/schemaArb';
import { flespiFieldsOf } from '../../db/instanceFields';
import { idsOf, previewDraft } from './routeCalls';
import type { Rand } from './routeCalls';
import { routeType } from './writeRoutes';
import type { WriteRoute } from './writeRoutes';

type Pick = <T>(xs: readonly T[], fallback: T) => T;

/** Ids the acting account owns (a grant shares those), else any of the type. */
function ownedIds(w: World, type: InstanceType, acting: number): number[] {
  const own = w.instances[type].filter((i) => i.cid === acting).map((i) => i.id);
  return own.length > 0 ? own : idsOf(w, type);
}

function createDraft(type: RecordType, w: World, r: Rand, acting: number): Record<string, unknown> {
  const pick: Pick = (xs, fallback) => xs[r(xs.length)] ?? fallback;
  const below = w.accounts.filter((a) => a.owner_id === acting).map((a) => a.id);
  const account = (): number => (r(3) === 0 ? pick(idsOf(w, 'subaccounts'), acting) : acting);
  const cid = r(3) === 0 ? { cid: account() } : {};
  const name = `w${r(1000)}`;
  if (isInstanceType(type)) return { name, ...cid, ...flespiFieldsOf(type, 1 + r(9)), ...(r(4) === 0 ? { metadata: { k: r(9) } } : {}) };
  switch (type) {
    case 'subaccounts':
      return { name, ...cid };
    case 'tokens': {
      const kind = pick([0, 1, 2] as const, 0);
      const acl = kind === 2 ? [{ uri: 'gw/devices', methods: ['GET'], ids: r(2) ? 'all' : [pick(idsOf(w, 'devices'), 1)] }] : [];
      return { info: name, ...cid, expire: GEN_NOW + 1000, access: { type: kind, acl } };
    }
    case 'grants': {
      const t = pick([...INSTANCE_TYPES, 'subaccounts'] as const, 'devices');
      const item =
        t === 'subaccounts'
          ? { type: t, ids: [pick(below, account())], access: [pick(['read', 'operate-as', 'create-devices'] as const, 'read')] }
          : { type: t, ids: r(3) === 0 ? 'all' : [pick(ownedIds(w, t, acting), 1)], access: r(2) ? ['read'] : ['read', 'edit'] };
      return { name, ...cid, items: [item], subaccounts: [pick(idsOf(w, 'subaccounts'), 1)] };
    }
    case 'roles':
      return { name, ...cid, permissions: r(2) ? ['devices:read'] : ['devices:read', 'devices:update', 'groups:read'] };
    case 'role-assignments': {
      const device = pick(ownedIds(w, 'devices', acting), 0);
      const scope =
        r(3) === 0 && device
          ? `/accounts/${w.instances.devices.find((d) => d.id === device)?.cid ?? acting}/devices/${device}`
          : `/accounts/${pick(below, acting)}`;
      // Built-in roles mostly (everyone may assign what they hold of those), now and then any role.
      const role =
        r(3) === 0
          ? pick(idsOf(w, 'roles'), 1)
          : pick(
              w.roles.filter((x) => x.builtin).map((x) => x.id),
              3,
            );
      const subject = r(2) === 0 ? pick(below, acting) : pick(idsOf(w, 'subaccounts'), 1);
      return { ...cid, role_id: role, subject_cid: subject, scope, expire: r(2) ? 0 : GEN_NOW + 500 };
    }
  }
}

function updateDraft(type: RecordType, w: World, r: Rand): Record<string, unknown> {
  const pick: Pick = (xs, fallback) => xs[r(xs.length)] ?? fallback;
  const name = `u${r(1000)}`;
  if (isInstanceType(type)) {
    // One of the type's own flespi fields (a device's ident, a channel's protocol…) now and then.
    const own = Object.entries(flespiFieldsOf(type, 1 + r(9))).map(([k, v]) => ({ [k]: type === 'devices' && k === 'configuration' ? { ident: name } : v }));
    return pick([{ name }, { metadata: { k: r(9) } }, ...own], { name });
  }
  switch (type) {
    case 'subaccounts':
      return pick([{ name }, { blocked: r(2) === 0 }, { metadata: { k: 1 } }, { limit_id: pick([0, ...(w.limits ?? []).map((l) => l.id)], 0) }], { name });
    case 'tokens':
      return pick([{ info: name }, { enabled: r(2) === 0 }, { expire: r(2) ? GEN_NOW - 1 : GEN_NOW + 100 }, { ttl: 60 }], { info: name });
    case 'grants':
      return pick([{ name }, { enabled: r(2) === 0 }, { expire: GEN_NOW - 1 }, { subaccounts: [pick(idsOf(w, 'subaccounts'), 1)] }, { items: [] }], { name });
    case 'roles':
      return pick([{ name }, { permissions: ['devices:read'] }, { description: name }], { name });
    case 'role-assignments':
      return { expire: pick([0, GEN_NOW - 1, GEN_NOW + 100], 0) };
  }
}

/** Limits (issue 18): a name and a few counts; on a create now and then for an account below. */
function limitBody(route: WriteRoute, w: World, r: Rand, acting: number): unknown {
  const counts = { devices: r(4) - 1, tokens: r(3) - 1 };
  if (route.method === 'POST') {
    const below = w.accounts.filter((a) => a.owner_id === acting).map((a) => a.id);
    return [{ name: `l${r(1000)}`, ...counts, ...(r(3) === 0 && below.length ? { cid: below[r(below.length)] } : {}) }];
  }
  return r(2) ? { name: `l${r(1000)}` } : counts;
}

/** A body the route's contract should accept, made from the world's ids; undefined when the route has no pattern here. */
export function plausibleBody(route: WriteRoute, w: World, r: Rand, acting: number): unknown {
  const type = routeType(route.path);
  if (route.path === '/platform/access/preview') return previewDraft(w, r);
  if (route.path.endsWith('/commands')) return { name: 'reboot' };
  // A move (issue 18): the target account.
  if (route.path.endsWith('/cid')) {
    const below = w.accounts.filter((a) => a.owner_id === acting).map((a) => a.id);
    return r(3) === 0 ? (idsOf(w, 'subaccounts')[r(w.accounts.length)] ?? acting) : (below[r(below.length)] ?? acting);
  }
  if (type === 'limits') return limitBody(route, w, r, acting);
  if (!type) return undefined;
  if (route.method === 'POST' && !route.path.includes(':')) return [createDraft(type, w, r, acting), ...(r(4) === 0 ? [createDraft(type, w, r, acting)] : [])];
  if (route.method === 'PUT' || route.method === 'PATCH') return updateDraft(type, w, r);
  return undefined;
}

export const bodySchema = (route: WriteRoute): z.ZodType | undefined => OPERATIONS.find((o) => o.method === route.method && o.path === route.path)?.body;

const jsonSchemas = new Map<z.ZodType, JsonSchema>();
function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  let s = jsonSchemas.get(schema);
  if (!s) {
    s = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
    jsonSchemas.set(schema, s);
  }
  return s;
}

export interface DrawnBody {
  /** The text sent, or undefined for no body. */
  text: string | undefined;
  kind: 'plausible' | 'schema' | 'broken' | 'none';
}

/** Half plausible, a third drawn from the contract's schema, the rest broken. */
export function drawBody(route: WriteRoute, w: World, r: Rand, acting: number): DrawnBody {
  const schema = bodySchema(route);
  if (!schema) return r(10) === 0 ? { text: '{"unexpected":true}', kind: 'broken' } : { text: undefined, kind: 'none' };
  const roll = r(6);
  const plausible = plausibleBody(route, w, r, acting);
  if (roll <= 2 && plausible !== undefined && schema.safeParse(plausible).success) return { text: JSON.stringify(plausible), kind: 'plausible' };
  const pool = [...idsOf(w, 'subaccounts'), ...INSTANCE_TYPES.flatMap((t: InstanceType) => idsOf(w, t)), ...idsOf(w, 'roles')];
  const [drawn] = fc.sample(schemaArb(jsonSchemaOf(schema), { pool: () => pool }), { seed: r(2 ** 31), numRuns: 1 });
  if (roll <= 4) return { text: JSON.stringify(drawn), kind: 'schema' };
  const mutation = BODY_MUTATIONS[r(BODY_MUTATIONS.length)] ?? 'wrong-type';
  // `huge` and `deep` are the HTTP edge's business (proven by the fuzzer); here they would only cost time.
  const cheap = mutation === 'huge' || mutation === 'deep' ? 'missing-field' : mutation;
  return { text: mutateBody(drawn ?? plausible, cheap, r(1000)), kind: 'broken' };
}
