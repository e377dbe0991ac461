/**
 * The recycle bin (issue 18): a deleted record kept for 30 days, as it was when it was deleted. It lives
 * in the stored world (`World.deleted`) so that changes, the journal, replay and export cover it, but
 * nothing that decides access reads it: a record in the bin gives nobody anything.
 */
import type { AnyRecord } from './records';
import type { Cid, InstanceType, UnixTime } from './types';

/** Record types a delete moves to the bin: the platform's records (roles too, deleted with their account) and instances. */
export type BinType = 'subaccounts' | 'tokens' | 'grants' | 'roles' | 'role-assignments' | InstanceType;

export type BinRecord = AnyRecord;

/** How long a deleted record stays restorable, in seconds (flespi: 30 days). */
export const BIN_SECONDS = 30 * 24 * 3600;

/** A reference the delete dropped (a membership, a grant item id, an ACL id, a grantee link): never restored. */
export interface BinUnlinked {
  type: 'tokens' | 'grants' | InstanceType;
  id: number;
  field: string;
}

export interface BinEntry {
  /** The entry's own number (never shown: entries are named by their origin, `gw/devices/123`). */
  id: number;
  type: BinType;
  item_id: number;
  /** The account the record belonged to (an account's: its parent): the only one it is restored in. */
  cid: Cid;
  name: string;
  deleted: UnixTime;
  /** The record as it was at deletion (a token with its key: restored, the same key works again). */
  record: BinRecord;
  /** The origin of the record whose delete took this one along (`platform/subaccounts/7`): restored first. */
  with?: string;
  unlinked: BinUnlinked[];
}
