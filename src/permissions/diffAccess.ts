/** What-if previews: per account, which records it would gain, lose, or hold with other permissions. */
import { ITEM_TYPES } from '../domain/types';
import type { Cid, UnixTime } from '../domain/types';
import type { AccessEntry, RecordType } from './types';

export interface AccessDiff {
  cid: Cid;
  gained: AccessEntry[];
  lost: AccessEntry[];
  /** Same item, different permissions. */
  changed: Array<{ before: AccessEntry; after: AccessEntry }>;
}

interface AccountAccessSource {
  accountAccess(cid: Cid, type: RecordType, now: UnixTime): AccessEntry[];
}

export const DIFF_TYPES: readonly RecordType[] = [...ITEM_TYPES, 'role-assignments'];

const samePermissions = (a: AccessEntry, b: AccessEntry): boolean =>
  a.permissions.length === b.permissions.length && a.permissions.every((x) => b.permissions.includes(x));

export function diffAccess(before: AccountAccessSource, after: AccountAccessSource, cids: readonly Cid[], now: UnixTime): AccessDiff[] {
  return cids.map((cid) => {
    const diff: AccessDiff = { cid, gained: [], lost: [], changed: [] };
    for (const type of DIFF_TYPES) {
      const was = new Map(before.accountAccess(cid, type, now).map((e) => [e.id, e]));
      for (const e of after.accountAccess(cid, type, now)) {
        const old = was.get(e.id);
        was.delete(e.id);
        if (!old) diff.gained.push(e);
        else if (!samePermissions(old, e)) diff.changed.push({ before: old, after: e });
      }
      diff.lost.push(...was.values());
    }
    return diff;
  });
}
