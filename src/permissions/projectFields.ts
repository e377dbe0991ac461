/**
 * Field rules of the projection (projectAnswer.ts) for fields that name records inside a string or an entry:
 * - a role assignment's `scope` (`/accounts/<cid>`, `/accounts/<cid>/<type>/<id>`): the assignment stays
 *   (its reader may read it), each part of its scope the reader may not read is 0, "outside your view":
 *   `/accounts/0/devices/0`. The account part is kept when the reader knows the account, the instance part
 *   when it reads the instance; a part naming no record type (a malformed scope) is kept as it is.
 * - a token's ACL entry (`{uri: 'gw/<type>', methods, ids}`): `ids` keeps only the ids of that type the
 *   reader may read (`'all'` stays).
 */
import { INSTANCE_TYPES, isInstanceType } from '../domain/types';
import { aclUri } from '../domain/aclUris';
import type { ReadableView } from './readableView';

type Obj = Record<string, unknown>;

/** The id a reader sees for a record it may not read, in a scope. */
export const HIDDEN_SCOPE_ID = 0;

const SCOPE = /^\/accounts\/(\d+)(?:\/([a-z-]+)\/(\d+))?$/;

export function maskScope(view: ReadableView, scope: string): string {
  const m = SCOPE.exec(scope);
  if (!m) return scope;
  const [, cidText, type, idText] = m;
  const cid = Number(cidText);
  const account = view.may('subaccounts', cid) ? cid : HIDDEN_SCOPE_ID;
  if (type === undefined || idText === undefined) return `/accounts/${account}`;
  const id = Number(idText);
  const instance = !isInstanceType(type) || view.may(type, id) ? id : HIDDEN_SCOPE_ID;
  return `/accounts/${account}/${type}/${instance}`;
}

/** A `scope` field's value: a scope, or a log record's `[old, new]` pair of them. */
export function maskScopeField(view: ReadableView, v: unknown): unknown {
  if (typeof v === 'string') return maskScope(view, v);
  return Array.isArray(v) ? v.map((x: unknown) => (typeof x === 'string' ? maskScope(view, x) : x)) : v;
}

/** Does this object carry an assignment's scope (an assignment record, a rule through one)? */
export const hasAssignmentScope = (o: Obj): boolean => typeof o['scope'] === 'string' && (typeof o['role_id'] === 'number' || typeof o['roleId'] === 'number');

const ACL_TYPES: ReadonlyMap<string, string> = new Map(INSTANCE_TYPES.map((t) => [aclUri(t), t]));

/** An ACL entry with its `ids` cut to what the reader reads; null when `o` is not an ACL entry. */
export function projectAclEntry(view: ReadableView, o: Obj): Obj | null {
  const type = typeof o['uri'] === 'string' ? ACL_TYPES.get(o['uri']) : undefined;
  if (type === undefined || !isInstanceType(type) || !Array.isArray(o['methods']) || !Array.isArray(o['ids'])) return null;
  return { ...o, ids: o['ids'].filter((id: unknown) => typeof id !== 'number' || view.may(type, id)) };
}
