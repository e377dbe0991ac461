/**
 * GET requests for every GET route of the handlers' own route table (`info.path`), path parameters
 * filled with ids of real records (readable or not), all, or a missing id: a new route is covered
 * without editing the harness.
 */
import type { RequestHandler } from 'msw';
import type { World } from '../../../src/domain/types';
import type { RecordType } from '../../../src/permissions';
import { RECORD_TYPES } from './oracleView';

export type Rand = (n: number) => number;

/** A small seeded generator (mulberry32): the harness's choices follow fast-check's seed. */
export function rand(seed: number): Rand {
  let a = seed >>> 0;
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return n <= 0 ? 0 : Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

export function idsOf(w: World, type: RecordType): number[] {
  if (type === 'subaccounts') return w.accounts.map((a) => a.id);
  if (type === 'tokens') return w.tokens.map((t) => t.id);
  if (type === 'grants') return w.grants.map((g) => g.id);
  if (type === 'roles') return w.roles.map((r) => r.id);
  if (type === 'role-assignments') return w.roleAssignments.map((a) => a.id);
  return w.instances[type].map((i) => i.id);
}

/** The record type a path segment names (`grantors` lists grants). */
const SEGMENT_TYPES: Record<string, RecordType> = Object.fromEntries([...RECORD_TYPES.map((t) => [t, t]), ['grantors', 'grants'], ['customer', 'subaccounts']]);

export function getPaths(handlers: readonly RequestHandler[]): string[] {
  const out: string[] = [];
  for (const h of handlers) {
    const info = h.info as { method?: unknown; path?: unknown };
    if (info.method === 'GET' && typeof info.path === 'string') out.push(info.path.replace(/^\*/, ''));
  }
  return out;
}

/** One concrete request path (with a query) for a route pattern. */
export function fillPath(pattern: string, w: World, r: Rand, acting: number): string {
  const pick = <T>(xs: readonly T[]): T | undefined => xs[r(xs.length)];
  const anId = (type: RecordType): string => {
    const ids = idsOf(w, type);
    const roll = r(10);
    if (roll === 0) return 'all';
    if (roll === 1 || ids.length === 0) return '999999';
    if (roll === 2 && ids.length > 1) return `${pick(ids) ?? 1},${pick(ids) ?? 1}`;
    return String(pick(ids) ?? 1);
  };
  let type: RecordType = pick(RECORD_TYPES) ?? 'devices';
  const segments = pattern.split('/');
  const filled = segments.map((seg, i) => {
    if (!seg.startsWith(':')) return seg;
    const name = seg.slice(1);
    if (name === 'type') return type;
    if (name === 'id') return String(pick(idsOf(w, type)) ?? 1);
    if (name === 'cid') return r(3) === 0 ? String(pick(idsOf(w, 'subaccounts')) ?? 1) : String(acting);
    const before = SEGMENT_TYPES[segments[i - 1] ?? ''];
    return before ? anId(before) : 'all';
  });
  const qType: RecordType = pick(RECORD_TYPES) ?? 'devices';
  type = qType;
  const q = new URLSearchParams({ type: qType });
  const id = pick(idsOf(w, qType));
  if (id !== undefined) q.set('id', String(id));
  if (r(3) === 0) q.set('token', String(pick(idsOf(w, 'tokens')) ?? 1));
  if (r(3) === 0) q.set('acting', String(pick(idsOf(w, 'subaccounts')) ?? 1));
  if (r(4) === 0) q.set('ids', idsOf(w, qType).join(',') || '1');
  if (r(4) === 0) q.set('limit', '3');
  if (r(5) === 0) q.set('change', pick(['disable', 'delete', 'block']) ?? 'delete');
  return `${filled.join('/')}?${q.toString()}`;
}

/** A random body for `POST /platform/access/preview`: a grant or assignment draft (new or changed), or a removal. */
export function previewDraft(w: World, r: Rand): unknown {
  const pick = <T>(xs: readonly T[], fallback: T): T => xs[r(xs.length)] ?? fallback;
  const account = (): number => pick(idsOf(w, 'subaccounts'), 1);
  const kind = r(5);
  if (kind === 0 || kind === 1) {
    const type = pick(['devices', 'channels', 'calcs', 'groups', 'subaccounts'] as const, 'devices');
    const ids = type === 'subaccounts' ? [account()] : r(3) === 0 ? 'all' : [pick(idsOf(w, type), 1)];
    const access =
      type === 'subaccounts' ? pick([['read'], ['operate-as'], ['read', 'create-devices']], ['read']) : pick([['read'], ['read', 'edit']], ['read']);
    const grant = { name: 'draft', cid: account(), items: [{ type, ids, access }], subaccounts: [account()], expire: 0, enabled: true };
    return { grant: kind === 1 ? { ...grant, id: pick(idsOf(w, 'grants'), 1) } : grant };
  }
  if (kind === 2 || kind === 3) {
    const scope = r(2) === 0 ? `/accounts/${account()}` : `/accounts/${account()}/devices/${pick(idsOf(w, 'devices'), 1)}`;
    const assignment = { role_id: pick(idsOf(w, 'roles'), 1), subject_cid: account(), scope, expire: 0 };
    return { assignment: kind === 3 ? { ...assignment, id: pick(idsOf(w, 'role-assignments'), 1) } : assignment };
  }
  const type = pick(['grants', 'role-assignments'] as const, 'grants');
  return { remove: { type, id: pick(idsOf(w, type), 1) } };
}
