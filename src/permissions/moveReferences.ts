/**
 * What moving devices or channels to another account (`PUT /gw/<type>/<sel>/cid`, issue 18) does to what
 * names them, in the style of references.ts. The rule: a reference stays where the account behind it still
 * holds the item in its own branch after the move (it is the new owner or above it), and goes otherwise.
 * - grant item ids: a grant shares only its grantor's own instances, so the id stays only in grants of
 *   the new owner and goes from every other grant (one with `ids: "all"` follows ownership by itself);
 * - role assignments scoped to the item: the scope follows the item (`/accounts/<new>/…`) when the
 *   assignment's maker still holds it, else the assignment is deleted;
 * - ACL ids of tokens: kept by tokens of accounts that still hold the item, dropped by the others;
 * - memberships (groups, calcs, streams, plugins): kept where the container's account still holds the
 *   device, removed from containers the new owner's branch cannot use.
 */
import { aclUri } from '../domain/aclUris';
import type { Cid, World } from '../domain/types';
import { accountChain } from './limits';
import type { DroppedReference } from './references';
import { parseScope, formatScope } from './scope';

export type MovableType = 'devices' | 'channels';

const without = (list: readonly number[], ids: ReadonlySet<number>) => list.filter((x) => !ids.has(x));
const hits = (list: readonly number[] | 'all' | undefined, ids: ReadonlySet<number>) => Array.isArray(list) && list.some((x) => ids.has(x));

/**
 * Moves the items to account `target` in `world` (mutates it: pass the copy a change works on) and applies
 * the rule above; returns the references it changed or dropped, with their changes for the audit log.
 */
export function moveItems(world: World, type: MovableType, ids: readonly number[], target: Cid): DroppedReference[] {
  const moved = new Set(ids);
  const above = new Set(accountChain(world, target));
  const holds = (cid: Cid) => above.has(cid);
  const out: DroppedReference[] = [];
  for (const i of world.instances[type]) if (moved.has(i.id)) i.cid = target;
  for (const g of world.grants) {
    if (g.cid === target || !g.items.some((it) => it.type === type && hits(it.ids, moved))) continue;
    const before = g.items;
    g.items = g.items.map((it) => (it.type === type && Array.isArray(it.ids) ? { ...it, ids: without(it.ids, moved) } : it)) as typeof g.items;
    out.push({ type: 'grants', id: g.id, cid: g.cid, field: 'items', effect: 'updated', changes: { items: [before, g.items] } });
  }
  const dropped = new Set<number>();
  for (const a of world.roleAssignments) {
    const s = parseScope(a.scope);
    if (s?.kind !== 'instance' || s.type !== type || !moved.has(s.id)) continue;
    if (!holds(a.cid)) {
      dropped.add(a.id);
      out.push({ type: 'role-assignments', id: a.id, cid: a.cid, field: 'scope', effect: 'deleted', changes: {} });
      continue;
    }
    const before = a.scope;
    a.scope = formatScope({ ...s, cid: target });
    if (a.scope !== before)
      out.push({ type: 'role-assignments', id: a.id, cid: a.cid, field: 'scope', effect: 'updated', changes: { scope: [before, a.scope] } });
  }
  if (dropped.size) world.roleAssignments = world.roleAssignments.filter((a) => !dropped.has(a.id));
  for (const t of world.tokens) {
    if (holds(t.cid) || !t.access.acl.some((e) => e.uri === aclUri(type) && hits(e.ids, moved))) continue;
    const before = t.access;
    t.access = { ...t.access, acl: t.access.acl.map((e) => (e.uri === aclUri(type) && Array.isArray(e.ids) ? { ...e, ids: without(e.ids, moved) } : e)) };
    out.push({ type: 'tokens', id: t.id, cid: t.cid, field: 'access', effect: 'updated', changes: { access: [before, t.access] } });
  }
  if (type === 'devices')
    for (const ct of ['groups', 'calcs', 'streams', 'plugins'] as const)
      for (const c of world.instances[ct]) {
        if (holds(c.cid) || !hits(c.devices, moved)) continue;
        const before = c.devices ?? [];
        c.devices = without(before, moved);
        out.push({ type: ct, id: c.id, cid: c.cid, field: 'devices', effect: 'updated', changes: { devices: [before, c.devices] } });
      }
  return out;
}
