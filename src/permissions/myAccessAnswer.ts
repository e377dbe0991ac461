/**
 * "My access" (`GET /platform/access/<cid>/mine`) for every token kind, about itself only: what it may reach,
 * what its account receives and from whom, until when, and where it cannot act, in the module's words.
 * Names go through `myAccessView` (an ACL token learns only what it reads). The mock answers with it, and the
 * panel predicts it with it on a server without our access extension (flespi).
 */
import { recordsOf } from '../domain/records';
import { INSTANCE_TYPES, PLATFORM_TYPES } from '../domain/types';
import { aclUriType } from '../domain/aclUris';
import type { Grant, GrantItem, RoleAssignment, World } from '../domain/types';
import { tokenKindLabel } from '../domain/tokenKinds';
import type { AccessIndex } from './buildAccessIndex';
import { isActiveAssignment, isActiveGrant } from './lifetime';
import { aclEntryWords, actionWords, itemsWords, typeWord } from './plainWords';
import type { ReadableView } from './readableView';
import { describeAssignment } from './scope';
import { tokenMayUsePlatform } from './tokenFacts';
import { myAccessView, tokenLimits } from './tokenLimits';
import type { Principal, RecordType } from './types';

/** Entries looked at per type to say which levels it holds (counts are exact). */
const SAMPLE = 500;

interface Names {
  view: ReadableView;
  name: (type: RecordType, id: number) => string | null;
  account: (cid: number) => string;
}

// Role assignments have no name of their own: callers word them.
const listOf = (w: World, type: RecordType): ReadonlyArray<{ id: number; name?: string; info?: string }> =>
  type === 'role-assignments' ? [] : recordsOf(w, type);

function namesIn(w: World, view: ReadableView): Names {
  const maps = new Map<RecordType, Map<number, string>>();
  const name = (type: RecordType, id: number): string | null => {
    if (!view.may(type, id)) return null;
    let m = maps.get(type);
    if (!m) maps.set(type, (m = new Map(listOf(w, type).map((r) => [r.id, r.name ?? r.info ?? '']))));
    return m.get(id) || `#${id}`;
  };
  return { view, name, account: (cid) => name('subaccounts', cid) ?? 'an account outside your view' };
}

function reachOf(ix: AccessIndex, p: Principal, names: Names, type: RecordType) {
  const ids = ix.visibleIds(p, type);
  const groups = new Map<string, { actions: string; names: string[] }>();
  for (const e of ix.effectiveAccess(p, type, ids.slice(0, SAMPLE))) {
    const actions = actionWords(e.permissions);
    const g = groups.get(actions) ?? { actions, names: [] };
    g.names.push(names.name(type, e.id) ?? `#${e.id}`);
    groups.set(actions, g);
  }
  const may = [...groups.values()].map((g) => `${g.actions} on ${g.names.length <= 3 ? itemsWords(type, g.names) : `${g.names.length} ${typeWord(type, 2)}`}`);
  return { type, count: ids.length, may };
}

function itemWords(names: Names, grantor: number, it: GrantItem): string {
  const levels = it.access.join(', ');
  if (it.ids === 'all') return `${levels} on every ${typeWord(it.type)} of ${names.account(grantor)}`;
  const shown = it.ids.map((id) => names.name(it.type, id)).filter((n): n is string => n !== null);
  return shown.length === 0 ? `${levels} on ${typeWord(it.type, 2)} outside your view` : `${levels} on ${itemsWords(it.type, shown, 5)}`;
}

const grantRow = (names: Names, g: Grant, now: number) => ({
  type: 'grants' as const,
  id: g.id,
  name: g.name,
  from: { cid: g.cid, name: names.account(g.cid) },
  gives: g.items.map((it) => itemWords(names, g.cid, it)),
  expire: g.expire,
  active: isActiveGrant(g, now),
});

function assignmentRow(w: World, names: Names, a: RoleAssignment, now: number) {
  const role = w.roles.find((r) => r.id === a.role_id);
  const gives = role && names.view.may('roles', role.id) && role.description ? [role.description] : [];
  const roleName = (id: number) => `“${names.name('roles', id) ?? `#${id}`}”`;
  return {
    type: 'role-assignments' as const,
    id: a.id,
    name: `role ${describeAssignment(a, roleName, names.account)}`,
    from: { cid: a.cid, name: names.account(a.cid) },
    gives,
    expire: a.expire,
    active: isActiveAssignment(a, now),
  };
}

/** "My access" of the principal (its acting account as the token reaches it). */
export function myAccessAnswer(ix: AccessIndex, p: Principal) {
  const now = p.now;
  const w = ix.world;
  const names = namesIn(w, myAccessView(ix, p));
  const t = p.token;
  const types: RecordType[] = tokenMayUsePlatform(t) ? [...INSTANCE_TYPES, ...PLATFORM_TYPES, 'role-assignments'] : [...INSTANCE_TYPES];
  const received = [
    ...w.grants.filter((g) => g.subaccounts.includes(p.actingCid) && names.view.may('grants', g.id)).map((g) => grantRow(names, g, now)),
    ...w.roleAssignments.filter((a) => a.subject_cid === p.actingCid && names.view.may('role-assignments', a.id)).map((a) => assignmentRow(w, names, a, now)),
  ];
  const acl = t.access.type === 2 ? t.access.acl.map((e) => aclEntryWords(e, (id) => names.name(aclUriType(e.uri) ?? 'devices', id))) : [];
  return {
    token: { id: t.id, info: t.info, kind: tokenKindLabel(t.access.type), expire: t.expire, ttl: t.ttl, acl },
    account: { id: p.actingCid, name: names.account(p.actingCid) },
    reach: types.map((type) => reachOf(ix, p, names, type)),
    received,
    limits: tokenLimits(t),
  };
}
