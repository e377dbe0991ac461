/**
 * "Why not?", one step further: the nearest thing that would have given a refused right. Candidates are
 * the subject account's own lapsed records (an expired role assignment, a disabled or expired grant it
 * receives) and, for an ACL token, its access list. A candidate counts only if restoring it alone
 * (extending, enabling, adding the entry) makes `decide` allow the same question: a what-if on a copy.
 * It is named only to a caller that may read it, and `mayRestore` says whether that caller may change it.
 */
import type { AclEntry, InstanceType, World } from '../domain/types';
import { isInstanceType } from '../domain/types';
import { aclUri } from '../domain/aclUris';
import { buildAccessIndex } from './buildAccessIndex';
import type { AccessIndex } from './buildAccessIndex';
import { grantState, isActiveAssignment } from './lifetime';
import type { AccessRequest, Principal } from './types';

export type Blocker =
  | { kind: 'expired-assignment'; type: 'role-assignments'; id: number; expire: number; restore: 'extend'; mayRestore: boolean }
  | { kind: 'expired-grant' | 'disabled-grant'; type: 'grants'; id: number; expire: number; restore: 'extend' | 'enable'; mayRestore: boolean }
  | { kind: 'acl-entry'; type: 'tokens'; id: number; restore: 'add-acl-entry'; mayRestore: boolean };

/** Candidates looked at, most recently lapsed first: a bound for accounts with many lapsed records. */
const MAX_CANDIDATES = 12;
/** A restored record in the what-if never ends (0), so it gives its rights at `now`. */
const RESTORED_EXPIRE = 0;

type ItemQuestion = Exclude<AccessRequest, { action: 'create' }>;

function allowsIn(world: World, subject: Principal, req: ItemQuestion): boolean {
  return buildAccessIndex(world).decide(subject, req).allowed;
}

/** The ACL entry that would let the token make this call (its account holding the right). */
function missingAclEntry(type: InstanceType, req: ItemQuestion): AclEntry {
  const method = req.action === 'delete' ? 'DELETE' : req.action === 'update' ? 'PUT' : req.action === 'read' || req.action === 'logs' ? 'GET' : 'POST';
  return { uri: aclUri(type), methods: method === 'GET' ? ['GET'] : ['GET', method], ids: [req.id] };
}

export function nearestBlocker(ix: AccessIndex, caller: Principal, subject: Principal, req: ItemQuestion): Blocker | null {
  if (ix.decide(subject, req).allowed) return null;
  const w = ix.world;
  const now = subject.now;
  const reads = (type: 'role-assignments' | 'grants' | 'tokens', id: number) => ix.decide(caller, { action: 'read', type, id }).allowed;
  const mayChange = (type: 'role-assignments' | 'grants' | 'tokens', id: number) => ix.decide(caller, { action: 'update', type, id }).allowed;
  const cid = subject.actingCid;
  const asAccount: Principal = { ...subject, token: { ...subject.token, access: { type: 1, acl: [] } } };

  const assignments = w.roleAssignments
    .filter((a) => a.subject_cid === cid && !isActiveAssignment(a, now) && reads('role-assignments', a.id))
    .sort((a, b) => b.expire - a.expire)
    .slice(0, MAX_CANDIDATES);
  for (const a of assignments) {
    const world = { ...w, roleAssignments: w.roleAssignments.map((x) => (x.id === a.id ? { ...x, expire: RESTORED_EXPIRE } : x)) };
    if (allowsIn(world, subject, req))
      return {
        kind: 'expired-assignment',
        type: 'role-assignments',
        id: a.id,
        expire: a.expire,
        restore: 'extend',
        mayRestore: mayChange('role-assignments', a.id),
      };
  }
  const grants = w.grants
    .filter((g) => g.subaccounts.includes(cid) && grantState(g, now) !== 'active' && reads('grants', g.id))
    .sort((a, b) => b.expire - a.expire)
    .slice(0, MAX_CANDIDATES);
  for (const g of grants) {
    const world = { ...w, grants: w.grants.map((x) => (x.id === g.id ? { ...x, enabled: true, expire: RESTORED_EXPIRE } : x)) };
    if (!allowsIn(world, subject, req)) continue;
    const expired = grantState(g, now) === 'expired';
    return expired
      ? { kind: 'expired-grant', type: 'grants', id: g.id, expire: g.expire, restore: 'extend', mayRestore: mayChange('grants', g.id) }
      : { kind: 'disabled-grant', type: 'grants', id: g.id, expire: g.expire, restore: 'enable', mayRestore: mayChange('grants', g.id) };
  }
  const token = subject.token;
  if (token.access.type === 2 && isInstanceType(req.type) && ix.decide(asAccount, req).allowed && token.id > 0 && reads('tokens', token.id)) {
    const entry = missingAclEntry(req.type, req);
    const world = { ...w, tokens: w.tokens.map((t) => (t.id === token.id ? { ...t, access: { ...t.access, acl: [...t.access.acl, entry] } } : t)) };
    const restored = world.tokens.find((t) => t.id === token.id);
    if (restored && allowsIn(world, { ...subject, token: restored }, req))
      return { kind: 'acl-entry', type: 'tokens', id: token.id, restore: 'add-acl-entry', mayRestore: mayChange('tokens', token.id) };
  }
  return null;
}

/** The blocker in one sentence; `named` is the record as the caller may name it ("role “contributor” on …"). */
export function blockerWords(b: Blocker, named: string, when: (t: number) => string): string {
  switch (b.kind) {
    case 'expired-assignment':
      return `Nearest: ${named} ended ${when(b.expire)}; extending it would give this again.`;
    case 'expired-grant':
      return `Nearest: ${named} ended ${when(b.expire)}; extending it would give this again.`;
    case 'disabled-grant':
      return `Nearest: ${named} is disabled; enabling it would give this.`;
    case 'acl-entry':
      return `Nearest: the access list of ${named} has no entry for this; adding one would give this (its account holds the right).`;
  }
}
