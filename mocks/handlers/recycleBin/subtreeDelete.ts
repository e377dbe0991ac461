/**
 * Deleting accounts (issue 18): the accounts below them and every instance of them go too (into the
 * recycle bin, through the delete's log), and every reference to any of them is dropped, in one change.
 */
import { accountSubtree, dropReferences } from '../../../src/permissions';
import type { World } from '../../../src/domain/types';
import { plain, readWorld, removeRecords } from '../../db/collections';
import type { LogInput } from '../../db/store';
import { droppedLogs } from '../droppedLogs';

/** Removes what the accounts `ids` hold (not the accounts themselves) and the references to all of it; its log inputs. */
export function dropSubtree(w: World, ids: ReadonlySet<number>): LogInput[] {
  const { accounts, instances } = accountSubtree(plain(w), ids);
  const logs: LogInput[] = [];
  for (const { type, ids: gone } of instances) {
    for (const id of gone) {
      const cid = plain(w.instances[type]).find((i) => i.id === id)?.cid ?? 0;
      logs.push({ cid, event: 'deleted', item_type: type, item_id: id, changes: {} });
    }
    removeRecords(w, w.instances[type], new Set(gone));
  }
  for (const id of accounts) {
    const owner = plain(w.accounts).find((a) => a.id === id)?.owner_id ?? 0;
    logs.push({ cid: owner, event: 'deleted', item_type: 'subaccounts', item_id: id, changes: {} });
  }
  removeRecords(w, w.accounts, new Set(accounts));
  for (const { type, ids: gone } of instances) logs.push(...droppedLogs(dropReferences(w, { type, ids: gone }, readWorld(w))));
  logs.push(...droppedLogs(dropReferences(w, { type: 'subaccounts', ids: [...ids, ...accounts] }, readWorld(w))));
  return logs;
}
