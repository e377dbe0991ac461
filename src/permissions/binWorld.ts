/**
 * The recycle bin as the module sees it (issue 18): a deleted record is nowhere in the world the rules
 * read, so it gives nobody anything. What it was is asked of a what-if world with the record put back
 * (and the deleted accounts it needs to live in), and what stands in the way of a restore besides the
 * create checks is told here.
 */
import { isInstanceType } from '../domain/types';
import type { Account, Cid, Grant, Instance, Role, RoleAssignment, Token, World } from '../domain/types';
import type { BinEntry } from '../domain/recycleBin';
import { COLLECTION_BASES } from '../contracts/endpoints';

const originOf = (e: Pick<BinEntry, 'type' | 'item_id'>): string => `${COLLECTION_BASES[e.type].slice(1)}/${e.item_id}`;

/** The bin entry of a record, if it is in the bin. */
export const binEntryOf = (w: World, type: BinEntry['type'], id: number): BinEntry | undefined => w.deleted?.find((e) => e.type === type && e.item_id === id);

const accountLives = (w: World, cid: Cid): boolean => cid === 0 || w.accounts.some((a) => a.id === cid);

/** The deleted accounts (nearest first) a record of account `cid` needs back to live in, or null when one is gone for good. */
function missingAccounts(w: World, cid: Cid): BinEntry[] | null {
  const out: BinEntry[] = [];
  let at = cid;
  while (!accountLives(w, at)) {
    const e = binEntryOf(w, 'subaccounts', at);
    if (!e || out.includes(e)) return null;
    out.push(e);
    at = e.cid;
  }
  return out;
}

/** `w` with records put back (lists copied, never changed in place). */
export function withRecords(w: World, entries: readonly BinEntry[]): World {
  const out: World = { ...w, instances: { ...w.instances } };
  for (const e of entries) {
    if (e.type === 'subaccounts') out.accounts = [...out.accounts, e.record as Account];
    else if (e.type === 'tokens') out.tokens = [...out.tokens, e.record as Token];
    else if (e.type === 'grants') out.grants = [...out.grants, e.record as Grant];
    else if (e.type === 'roles') out.roles = [...out.roles, e.record as Role];
    else if (e.type === 'role-assignments') out.roleAssignments = [...out.roleAssignments, e.record as RoleAssignment];
    else if (isInstanceType(e.type)) out.instances[e.type] = [...out.instances[e.type], e.record as Instance];
  }
  return out;
}

/** The world as if this entry were back now, with the deleted accounts it lived in (nearest last); null when its account is gone for good. */
export function worldWithEntry(w: World, e: BinEntry): World | null {
  const accounts = missingAccounts(w, e.cid);
  return accounts ? withRecords(w, [...accounts.reverse(), e]) : null;
}

/**
 * The account a restore of this entry happens in: its own account, or, while that account is in the bin
 * too, the account that can restore that one first (which is then told so). Null: gone for good.
 */
export function restoreAccountOf(w: World, e: BinEntry): Cid | null {
  const accounts = missingAccounts(w, e.cid);
  if (!accounts) return null;
  return accounts.length ? (accounts.at(-1)?.cid ?? null) : e.cid;
}

const identOf = (i: Instance, key: string): string | null => {
  const v = i.configuration?.[key];
  return typeof v === 'string' && v !== '' ? v : null;
};

/** Why this entry cannot come back (409), besides the create checks: its account or its companion first, an ident or URI taken. */
export function restoreConflict(w: World, e: BinEntry): string | null {
  const origin = originOf(e);
  const first = e.with === undefined ? undefined : w.deleted?.find((x) => originOf(x) === e.with);
  if (first) return `${origin} was deleted with ${e.with}: restore ${e.with} first.`;
  if (!accountLives(w, e.cid)) {
    return binEntryOf(w, 'subaccounts', e.cid)
      ? `The account ${e.cid} of ${origin} is in the recycle bin: restore the account first (platform/subaccounts/${e.cid}).`
      : `The account ${e.cid} of ${origin} is gone.`;
  }
  if (e.type === 'devices') {
    const ident = identOf(e.record as Instance, 'ident');
    const taken = ident && w.instances.devices.find((d) => d.cid === e.cid && identOf(d, 'ident') === ident);
    if (taken) return `The ident "${ident}" of ${origin} is already used by device #${taken.id} in its account.`;
  }
  if (e.type === 'channels') {
    const uri = identOf(e.record as Instance, 'uri');
    if (uri && w.instances.channels.some((c) => identOf(c, 'uri') === uri)) return `The URI "${uri}" of ${origin} is already used by another channel.`;
  }
  return null;
}
