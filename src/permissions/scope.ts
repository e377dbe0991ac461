/** Role assignment scopes: `/accounts/{cid}`, `/accounts/{cid}/groups/{id}`, `/accounts/{cid}/{type}/{id}`. */
import { isInstanceType } from '../domain/types';
import type { Cid, Instance, InstanceType } from '../domain/types';
import type { WorldTables } from './worldTables';

export type Scope = { kind: 'account'; cid: Cid } | { kind: 'instance'; cid: Cid; type: InstanceType; id: number };

const SCOPE_PATTERN = /^\/accounts\/([1-9]\d*)(?:\/([a-z]+)\/([1-9]\d*))?$/;

export function parseScope(scope: string): Scope | null {
  const m = SCOPE_PATTERN.exec(scope);
  if (!m) return null;
  const cid = Number(m[1]);
  if (m[2] === undefined) return { kind: 'account', cid };
  if (!isInstanceType(m[2])) return null;
  return { kind: 'instance', cid, type: m[2], id: Number(m[3]) };
}

export const formatScope = (s: Scope): string => (s.kind === 'account' ? `/accounts/${s.cid}` : `/accounts/${s.cid}/${s.type}/${s.id}`);

const MASKED_SCOPE = /^\/accounts\/(\d+)(?:\/([a-z]+)\/(\d+))?$/;

/** A scope with parts the reader may not read masked as 0 (projectFields.ts): "devices outside your view of Contoso Foods". */
function describeMasked(scope: string, accountName: (cid: Cid) => string): string {
  const m = MASKED_SCOPE.exec(scope);
  if (!m) return scope;
  const [, cid, type, id] = m;
  if ((cid !== '0' && id !== '0') || (type !== undefined && !isInstanceType(type))) return scope;
  const account = cid === '0' ? 'an account outside your view' : accountName(Number(cid));
  if (type === undefined) return cid === '0' ? account : `account ${account} and below`;
  return `${id === '0' ? `${type} outside your view` : `${type} #${String(id)}`} of ${account}`;
}

/** `/accounts/1004` → "account Northwind Logistics and below"; `/accounts/1004/groups/1` → "groups #1 of Northwind Logistics". */
export function describeScope(scope: string, accountName: (cid: Cid) => string): string {
  const s = parseScope(scope);
  if (!s) return describeMasked(scope, accountName);
  return s.kind === 'account' ? `account ${accountName(s.cid)} and below` : `${s.type} #${s.id} of ${accountName(s.cid)}`;
}

/** A role assignment in words: "reader for Dana (supporter) on account Northwind Logistics and below". */
export const describeAssignment = (
  a: { role_id: number; subject_cid: Cid; scope: string },
  roleName: (id: number) => string,
  accountName: (cid: Cid) => string,
): string => `${roleName(a.role_id)} for ${accountName(a.subject_cid)} on ${describeScope(a.scope, accountName)}`;

/**
 * The instance a scope names, if it exists and is owned by the scope's account (a scope naming an
 * instance under the wrong account gives nothing).
 */
export function scopeInstance(wt: WorldTables, s: Scope): Instance | null {
  if (s.kind !== 'instance') return null;
  const inst = wt.instances[s.type].byId.get(s.id);
  return inst && inst.cid === s.cid ? inst : null;
}

/** Whether a scope points at something that exists (an account, or an instance of that account). */
export function scopeResolves(wt: WorldTables, s: Scope): boolean {
  if (s.kind === 'account') return wt.pos.has(s.cid);
  return scopeInstance(wt, s) !== null && wt.pos.has(s.cid);
}
