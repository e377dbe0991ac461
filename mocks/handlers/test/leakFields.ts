/**
 * The leak harness's judge for ids inside a string or an entry (independent of the projection's code):
 * a role assignment's `scope` (`/accounts/<cid>[/<type>/<id>]`, 0 = masked) and a token's ACL entry ids.
 */
import { isInstanceType } from '../../../src/domain/types';
import { ACL_URIS } from '../../../src/domain/aclUris';
import type { RecordType } from '../../../src/permissions';

export type Flag = (type: RecordType, id: number, where: string) => void;
type Obj = Record<string, unknown>;

/** Every record a scope names, but masked parts (0) and parts naming no record type. */
export function checkScope(scope: unknown, flag: Flag, where: string): void {
  if (typeof scope !== 'string') return;
  const m = /^\/accounts\/(\d+)(?:\/([a-z-]+)\/(\d+))?$/.exec(scope);
  if (!m) return;
  const [, cid, type, id] = m;
  if (Number(cid) !== 0) flag('subaccounts', Number(cid), `${where} scope`);
  if (type !== undefined && isInstanceType(type) && Number(id) !== 0) flag(type, Number(id), `${where} scope`);
}

/** Scopes of an assignment record or a rule through one, and of a role assignment's log `changes`. */
export function checkScopes(o: Obj, flag: Flag): void {
  if (typeof o['role_id'] === 'number' || typeof o['roleId'] === 'number') checkScope(o['scope'], flag, 'an assignment');
  const changes = o['changes'];
  if (o['item_type'] === 'role-assignments' && changes && typeof changes === 'object') {
    const scope = (changes as Obj)['scope'];
    for (const s of Array.isArray(scope) ? scope : [scope]) checkScope(s, flag, 'a log record');
  }
}

/** An ACL entry's ids. */
export function checkAclEntry(o: Obj, flag: Flag): void {
  const uri = o['uri'];
  if (typeof uri !== 'string' || !(ACL_URIS as readonly string[]).includes(uri) || !Array.isArray(o['ids'])) return;
  const type = uri.slice('gw/'.length);
  if (!isInstanceType(type)) return;
  for (const id of o['ids']) if (typeof id === 'number') flag(type, id, 'an ACL entry');
}
