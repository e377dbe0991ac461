/**
 * "Add <item> to the token's access list" (issue 20, "why not?"): the one change of an ACL that the nearest
 * blocker tries in its what-if and the panel then saves, so both speak of the same list.
 */
import { aclUri } from '../domain/aclUris';
import type { AclEntry, HttpMethod, InstanceType } from '../domain/types';
import { aclShapeRefusal, httpShapeOf } from './aclEntries';
import type { AccessRequest } from './types';

type ItemQuestion = Exclude<AccessRequest, { action: 'create' }>;

/** The entry of its own that lets the token make this call: the method, and GET to find the item at all. */
function ownEntry(type: InstanceType, req: ItemQuestion): AclEntry {
  const method: HttpMethod = httpShapeOf(req).method;
  return { uri: aclUri(type), methods: method === 'GET' ? ['GET'] : ['GET', method], ids: [req.id] };
}

export interface AclWithItem {
  acl: AclEntry[];
  /** The entry that now lets the call through: an existing one with the id added, or a new one. */
  entry: AclEntry;
  /** True when the id joined an entry the list already had (its methods and submodules apply alike). */
  joined: boolean;
}

/**
 * The access list with the item added: to the first entry of its type that lists ids and, with this id,
 * allows the call (so it keeps that entry's methods and submodules, as the other items of it), else as an
 * entry of its own.
 */
export function aclWithItem(acl: readonly AclEntry[], type: InstanceType, req: ItemQuestion): AclWithItem {
  const shape = httpShapeOf(req);
  // With the id, the entry must let the token find the item (GET) and make the call.
  const allows = (e: AclEntry) => e.methods.includes('GET') && aclShapeRefusal([{ ...e, ids: [req.id] }], req.id, shape, req.method !== undefined) === null;
  const fits = (e: AclEntry) => e.uri === aclUri(type) && e.ids !== 'all' && !e.ids.includes(req.id) && allows(e);
  const at = acl.findIndex(fits);
  const found = acl[at];
  if (found && found.ids !== 'all') {
    const entry = { ...found, ids: [...found.ids, req.id] };
    return { acl: acl.map((e, i) => (i === at ? entry : e)), entry, joined: true };
  }
  const entry = ownEntry(type, req);
  return { acl: [...acl, entry], entry, joined: false };
}
