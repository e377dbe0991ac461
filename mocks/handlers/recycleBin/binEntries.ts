/**
 * What a delete puts in the recycle bin: each record it removes (the selected ones and those deleted with
 * them, e.g. an account's tokens), as it was, and the references it dropped (memberships, grant items, ACL
 * ids, grantee links), which a restore does not bring back.
 */
import { binOrigin } from '../../../src/contracts/recycleBin';
import { recordsOf } from '../../../src/domain/records';
import { isInstanceType } from '../../../src/domain/types';
import type { Account, Instance, Token, World } from '../../../src/domain/types';
import type { BinEntry, BinRecord, BinType, BinUnlinked } from '../../../src/domain/recycleBin';
import type { IdCounter } from '../../db/idCounter';
import type { LogInput } from '../../db/store';

export function recordOf(w: World, type: BinType, id: number): BinRecord | undefined {
  // An indexed loop: `find` on a list a delete left frozen is 4× slower (2.4 ms over 100,000 devices).
  const list = recordsOf(w, type);
  for (let i = 0; i < list.length; i++) if (list[i]?.id === id) return list[i];
  return undefined;
}

function nameOf(type: BinType, r: BinRecord): string {
  if (type === 'tokens') return (r as Token).info;
  if (type === 'role-assignments') return `Role assignment #${r.id}`;
  return (r as Account | Instance).name;
}

/** Does `v` name the number `id` anywhere (deep)? */
const mentions = (v: unknown, id: number): boolean =>
  v === id || (Array.isArray(v) ? v.some((x) => mentions(x, id)) : v !== null && typeof v === 'object' && Object.values(v).some((x) => mentions(x, id)));

/** Which field of a referencing record can name a record of this type (a member list names devices, grantees accounts). */
const FIELD_NAMES: Record<string, (t: BinType) => boolean> = {
  devices: (t) => t === 'devices',
  subaccounts: (t) => t === 'subaccounts',
  items: (t) => t !== 'tokens' && t !== 'grants' && t !== 'roles' && t !== 'role-assignments',
  access: (t) => isInstanceType(t),
};

/** The references a delete changed (not deleted) that named this record: memberships, grant items, ACL ids, grantee links. */
function unlinkedOf(refs: readonly LogInput[], type: BinType, id: number): BinUnlinked[] {
  return refs.flatMap((l) => {
    const field = Object.keys(l.changes)[0] ?? '';
    const names = FIELD_NAMES[field]?.(type) ?? false;
    const dropped = Object.values(l.changes).some(([old, next]) => mentions(old, id) && !mentions(next, id));
    if (l.event === 'deleted' || !names || !dropped) return [];
    return l.item_type === 'tokens' || l.item_type === 'grants' || isInstanceType(l.item_type) ? [{ type: l.item_type, id: l.item_id, field }] : [];
  });
}

const entryCid = (type: BinType, r: BinRecord): number => (type === 'subaccounts' ? (r as Account).owner_id : (r as { cid: number }).cid);

/** Bin entries for the records a delete removed (`targets`) and the cascade it logged (`refs`), from the world before it. */
export function binEntriesOf(before: World, type: BinType, targetIds: readonly number[], refs: readonly LogInput[], now: number, ids: IdCounter): BinEntry[] {
  const entry = (t: BinType, r: BinRecord, extra: Partial<BinEntry>): BinEntry => ({
    id: ids.next('deleted'),
    type: t,
    item_id: r.id,
    cid: entryCid(t, r),
    name: nameOf(t, r),
    deleted: now,
    record: r,
    unlinked: [],
    ...extra,
  });
  const main = targetIds.flatMap((id) => {
    const r = recordOf(before, type, id);
    return r ? [entry(type, r, { unlinked: unlinkedOf(refs, type, id) })] : [];
  });
  const along = refs.flatMap((l) => {
    const t = l.item_type as BinType;
    const r = l.event === 'deleted' && l.item_type !== 'customer' && l.item_type !== 'limits' ? recordOf(before, t, l.item_id) : undefined;
    if (!r) return [];
    const by = targetIds.length === 1 ? targetIds[0] : (targetIds.find((id) => mentions(r, id)) ?? targetIds[0]);
    return [entry(t, r, { unlinked: unlinkedOf(refs, t, r.id), ...(by === undefined ? {} : { with: binOrigin(type, by) }) })];
  });
  return [...main, ...along];
}
