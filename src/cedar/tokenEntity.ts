/**
 * A token as Cedar's principal (and as a record): its lifetime fields (the policies decide expiry), its kind,
 * and its ACL entries spelled out as the calls they allow: `-` the item itself with the entry's methods;
 * `*` any submodule when the entry lists none; else each listed submodule with its methods.
 */
import type { AclEntry, Token } from '../domain/types';
import type { CedarEntity, CedarValue } from './cedarTypes';
import { refTo, uid } from './names';

const KIND = new Map<number, string>([
  [0, 'standard'],
  [1, 'master'],
  [2, 'acl'],
]);

function calls(e: AclEntry): Array<{ method: string; sub: string }> {
  const out = e.methods.map((method) => ({ method, sub: '-' }));
  if (!e.submodules || e.submodules.length === 0) return [...out, ...e.methods.map((method) => ({ method, sub: '*' }))];
  return [...out, ...e.submodules.flatMap((s) => s.methods.map((method) => ({ method, sub: s.name })))];
}

function unique(values: CedarValue[]): CedarValue[] {
  const seen = new Map(values.map((v) => [JSON.stringify(v), v]));
  return [...seen.values()];
}

export function tokenEntity(t: Token): CedarEntity {
  const aclAll: CedarValue[] = [];
  const aclIds: CedarValue[] = [];
  const aclPost = new Set<string>();
  for (const e of t.access.acl) {
    if (e.methods.includes('POST')) aclPost.add(e.uri);
    for (const c of calls(e)) {
      if (e.ids === 'all') aclAll.push({ uri: e.uri, ...c });
      else for (const id of e.ids) if (Number.isSafeInteger(id)) aclIds.push({ uri: e.uri, id, ...c });
    }
  }
  return {
    uid: uid('Token', t.id),
    attrs: {
      account: refTo('Account', t.cid),
      kind: KIND.get(t.access.type) ?? 'unknown',
      enabled: t.enabled,
      expire: t.expire,
      ttl: t.ttl,
      accessed: t.accessed,
      created: t.created,
      aclAll: unique(aclAll),
      aclIds: unique(aclIds),
      aclPost: [...aclPost],
    },
    parents: [uid('Account', t.cid)],
  };
}
