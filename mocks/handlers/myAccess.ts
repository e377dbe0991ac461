/**
 * Ours: `GET /platform/access/<cid>/mine` — "My access" for every token kind, about itself only (cid is the
 * acting account): what it may reach, what its account receives and from whom, until when, and where it
 * cannot act, in the module's words. Projected with `myAccessView` (an ACL token learns only what it reads).
 */
import { INSTANCE_TYPES, PLATFORM_TYPES } from '../../src/domain/types';
import type { Grant, GrantItem, RoleAssignment } from '../../src/domain/types';
import { tokenKindLabel } from '../../src/domain/tokenKinds';
import {
  aclEntryWords,
  actionWords,
  isActiveAssignment,
  isActiveGrant,
  itemsWords,
  myAccessView,
  tokenLimits,
  tokenMayUsePlatform,
  typeWord,
} from '../../src/permissions';
import type { Principal, RecordType } from '../../src/permissions';
import { ENDPOINTS } from '../../src/contracts/endpoints';
import { HttpError } from '../http/respond';
import { param } from '../http/withPrincipal';
import type { Ctx } from '../http/withPrincipal';
import { answer, route } from './route';
import { viewNames } from './viewNames';
import type { ViewNames } from './viewNames';

/** Entries looked at per type to say which levels it holds (counts are exact). */
const SAMPLE = 500;

function reachOf(ctx: Ctx, p: Principal, names: ViewNames, type: RecordType) {
  const ids = ctx.ix.visibleIds(p, type);
  const groups = new Map<string, { actions: string; names: string[] }>();
  for (const e of ctx.ix.effectiveAccess(p, type, ids.slice(0, SAMPLE))) {
    const actions = actionWords(e.permissions);
    const g = groups.get(actions) ?? { actions, names: [] };
    g.names.push(names.name(type, e.id) ?? `#${e.id}`);
    groups.set(actions, g);
  }
  const may = [...groups.values()].map((g) => `${g.actions} on ${g.names.length <= 3 ? itemsWords(type, g.names) : `${g.names.length} ${typeWord(type, 2)}`}`);
  return { type, count: ids.length, may };
}

function itemWords(names: ViewNames, grantor: number, it: GrantItem): string {
  const levels = it.access.join(', ');
  if (it.ids === 'all') return `${levels} on every ${typeWord(it.type)} of ${names.account(grantor)}`;
  const shown = it.ids.map((id) => names.name(it.type, id)).filter((n): n is string => n !== null);
  return shown.length === 0 ? `${levels} on ${typeWord(it.type, 2)} outside your view` : `${levels} on ${itemsWords(it.type, shown, 5)}`;
}

const grantRow = (names: ViewNames, g: Grant, now: number) => ({
  type: 'grants' as const,
  id: g.id,
  name: g.name,
  from: { cid: g.cid, name: names.account(g.cid) },
  gives: g.items.map((it) => itemWords(names, g.cid, it)),
  expire: g.expire,
  active: isActiveGrant(g, now),
});

function assignmentRow(ctx: Ctx, names: ViewNames, a: RoleAssignment, now: number) {
  const role = ctx.store.world.roles.find((r) => r.id === a.role_id);
  const gives = role && names.view.may('roles', role.id) && role.description ? [role.description] : [];
  return {
    type: 'role-assignments' as const,
    id: a.id,
    name: names.assignment(a),
    from: { cid: a.cid, name: names.account(a.cid) },
    gives,
    expire: a.expire,
    active: isActiveAssignment(a, now),
  };
}

export const myAccessHandlers = [
  route.get(
    `*${ENDPOINTS.accessMine}`,
    (ctx) => {
      const raw = param(ctx, 'cid');
      if (!/^\d+$/.test(raw)) throw new HttpError(400, 'The account id in the path must be a number.');
      // About the caller itself only: another account's id is absent here, as everywhere.
      if (Number(raw) !== ctx.p.actingCid) throw new HttpError(404, `No account with id ${raw}.`);
      const p = ctx.p;
      const now = p.now;
      const names = viewNames(ctx, myAccessView(ctx.ix, p));
      const t = p.token;
      const types: RecordType[] = tokenMayUsePlatform(t) ? [...INSTANCE_TYPES, ...PLATFORM_TYPES, 'role-assignments'] : [...INSTANCE_TYPES];
      const w = ctx.store.world;
      const received = [
        ...w.grants.filter((g) => g.subaccounts.includes(p.actingCid) && names.view.may('grants', g.id)).map((g) => grantRow(names, g, now)),
        ...w.roleAssignments
          .filter((a) => a.subject_cid === p.actingCid && names.view.may('role-assignments', a.id))
          .map((a) => assignmentRow(ctx, names, a, now)),
      ];
      const acl = t.access.type === 2 ? t.access.acl.map((e) => aclEntryWords(e, (id) => names.name(e.uri.slice(3) as RecordType, id))) : [];
      return answer([
        {
          token: { id: t.id, info: t.info, kind: tokenKindLabel(t.access.type), expire: t.expire, ttl: t.ttl, acl },
          account: { id: p.actingCid, name: names.account(p.actingCid) },
          reach: types.map((type) => reachOf(ctx, p, names, type)),
          received,
          limits: tokenLimits(t),
        },
      ]);
    },
    myAccessView,
  ),
];
