/**
 * What the grants live at a time give, as data on the records they reach: per instance its shares (grantee,
 * grantor, level), per grantor its `ids: "all"` shares, per subaccount its whole-account shares, per grantee
 * the subaccounts it may operate as. Which actions a level gives is the policies' business, not this file's.
 */
import { isInstanceType } from '../domain/types';
import { aclUri } from '../domain/aclUris';
import type { Cid, Grant, UnixTime, World } from '../domain/types';
import type { AccountTree } from './accountTree';
import type { CedarValue } from './cedarTypes';
import { refTo } from './names';

export interface GrantLinks {
  /** `<type>/<id>` → InstanceShare records. */
  instanceShares: Map<string, CedarValue[]>;
  /** grantor → TypeShare records. */
  typeShares: Map<Cid, CedarValue[]>;
  /** subaccount → AccountShare records. */
  accountShares: Map<Cid, CedarValue[]>;
  /** grantee → operate-as subaccounts. */
  operateAs: Map<Cid, Set<Cid>>;
  /** Expiry times (in the future) of the grants exported. */
  expiries: UnixTime[];
}

export const isLiveGrant = (g: Grant, asOf: UnixTime): boolean => g.enabled && (g.expire === 0 || g.expire > asOf);
export const instanceKey = (type: string, id: number): string => `${type}/${id}`;

function add<K>(m: Map<K, CedarValue[]>, k: K, v: CedarValue): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

export function grantLinks(world: World, tree: AccountTree, asOf: UnixTime): GrantLinks {
  const out: GrantLinks = { instanceShares: new Map(), typeShares: new Map(), accountShares: new Map(), operateAs: new Map(), expiries: [] };
  for (const g of world.grants) {
    if (!isLiveGrant(g, asOf)) continue;
    if (g.expire > 0) out.expiries.push(g.expire);
    const grantees = [...new Set(g.subaccounts)];
    for (const item of g.items) {
      const levels = [...new Set<string>(['read', ...item.access])];
      if (item.type === 'subaccounts') {
        if (!Array.isArray(item.ids)) continue;
        for (const s of new Set(item.ids)) {
          if (s === g.cid || !tree.inBranch(g.cid, s)) continue;
          for (const grantee of grantees) {
            for (const level of levels) add(out.accountShares, s, { grantee: refTo('Account', grantee), level });
            if (levels.includes('operate-as')) out.operateAs.set(grantee, (out.operateAs.get(grantee) ?? new Set()).add(s));
          }
        }
      } else if (isInstanceType(item.type)) {
        for (const grantee of grantees)
          for (const level of levels) {
            if (item.ids === 'all') add(out.typeShares, g.cid, { grantee: refTo('Account', grantee), uri: aclUri(item.type), level });
            else
              for (const id of new Set(item.ids))
                add(out.instanceShares, instanceKey(item.type, id), { grantee: refTo('Account', grantee), grantor: refTo('Account', g.cid), level });
          }
      }
    }
  }
  return out;
}
