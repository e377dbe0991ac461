/**
 * ACL entries speak HTTP: an entry names a uri, methods on items (POST on the collection creates), ids and
 * optionally submodules. This file maps a question onto that shape and checks it against the entries.
 */
import { aclUri } from '../domain/aclUris';
import type { AclEntry, HttpMethod, InstanceType, Submodule, Token } from '../domain/types';
import type { AccessRequest, HttpShape } from './types';

type ItemRequest = Exclude<AccessRequest, { action: 'create' }>;

/** The HTTP call an item request stands for. `update` without a method accepts PUT or PATCH. */
export function httpShapeOf(req: AccessRequest): HttpShape {
  if (req.action === 'create') return { method: 'POST' };
  const submodule = req.submodule ?? defaultSubmodule(req);
  const method = req.method ?? defaultMethod(req);
  return submodule === undefined ? { method } : { method, submodule };
}

function defaultSubmodule(req: ItemRequest): Submodule | undefined {
  if (req.action === 'logs') return 'logs';
  if (req.action === 'command') return 'commands';
  if (req.action === 'assign' && req.type !== 'roles') return 'devices';
  return undefined;
}

function defaultMethod(req: ItemRequest): HttpMethod {
  switch (req.action) {
    case 'update':
      return 'PUT';
    case 'delete':
      return 'DELETE';
    case 'command':
    case 'assign':
      return 'POST';
    default:
      return 'GET';
  }
}

export const entriesFor = (token: Pick<Token, 'access'>, type: InstanceType): AclEntry[] => token.access.acl.filter((e) => e.uri === aclUri(type));

export const entryCovers = (e: AclEntry, id: number): boolean => e.ids === 'all' || e.ids.includes(id);

/** Methods an entry allows for a call; an entry that lists submodules refuses every other submodule. */
function entryAllows(e: AclEntry, method: HttpMethod, submodule: Submodule | undefined): boolean {
  if (submodule === undefined || !e.submodules || e.submodules.length === 0) return e.methods.includes(method);
  return e.submodules.some((s) => s.name === submodule && s.methods.includes(method));
}

/** Why an ACL token may not make a call on an item it can read, or null when some entry allows it. */
export function aclShapeRefusal(entries: readonly AclEntry[], id: number, shape: HttpShape, explicitMethod: boolean): 'acl-method' | 'acl-submodule' | null {
  const methods: HttpMethod[] = !explicitMethod && shape.method === 'PUT' ? ['PUT', 'PATCH'] : [shape.method];
  const covering = entries.filter((e) => entryCovers(e, id));
  if (covering.some((e) => methods.some((m) => entryAllows(e, m, shape.submodule)))) return null;
  const listsSubmodules = covering.some((e) => e.submodules && e.submodules.length > 0);
  return shape.submodule !== undefined && listsSubmodules ? 'acl-submodule' : 'acl-method';
}

/** The set of ids an ACL token may GET for a type ('all' when some GET entry covers every id). */
export function aclReadableIds(token: Pick<Token, 'access'>, type: InstanceType): 'all' | Set<number> {
  const ids = new Set<number>();
  for (const e of entriesFor(token, type)) {
    if (!e.methods.includes('GET')) continue;
    if (e.ids === 'all') return 'all';
    for (const id of e.ids) ids.add(id);
  }
  return ids;
}
