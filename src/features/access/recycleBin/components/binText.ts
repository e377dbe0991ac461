/** Words for the recycle bin's entries: their kind, their days left, what a restore leaves out. */
import type { BinEntryAnswer, RestoreAnswer } from '../../../../contracts/recycleBin';

export const BIN_TYPE_LABELS: Record<string, string> = {
  subaccounts: 'Subaccount',
  tokens: 'Token',
  grants: 'Grant',
  roles: 'Role',
  'role-assignments': 'Role assignment',
  devices: 'Device',
  channels: 'Channel',
  streams: 'Stream',
  calcs: 'Calculator',
  plugins: 'Plugin',
  groups: 'Group',
};

export const entryTitle = (e: Pick<BinEntryAnswer, 'type' | 'name' | 'id'>): string =>
  `${BIN_TYPE_LABELS[e.type] ?? e.type} “${e.name || `#${e.id}`}” (#${e.id})`;

/** Whole days until the entry is gone for good (0: today). */
export const daysLeft = (e: Pick<BinEntryAnswer, 'expires'>, nowSeconds: number): number => Math.max(0, Math.floor((e.expires - nowSeconds) / 86_400));

const FIELD_WORDS: Record<string, string> = {
  devices: 'membership',
  items: 'grant item',
  access: 'ACL entry',
  subaccounts: 'grantee link',
};

/** "membership of groups #1", one line per reference a restore does not bring back. */
export const unlinkedWords = (list: RestoreAnswer['not_restored']): string[] =>
  list.map((u) => `${FIELD_WORDS[u.field] ?? u.field} in ${BIN_TYPE_LABELS[u.type]?.toLowerCase() ?? u.type} #${u.id}`);

/** Types whose restore changes who has access, so the dialog previews it. */
export const PREVIEWED = new Set(['grants', 'role-assignments', 'tokens']);

/** The account a restore acts in: the entry's own, or while that account is in the bin too, the one that restores it first (the server then says so). */
export function restoreCidOf(e: Pick<BinEntryAnswer, 'cid'>, bin: readonly BinEntryAnswer[]): number {
  let cid = e.cid;
  for (let seen = 0; seen < bin.length; seen++) {
    const account = bin.find((x) => x.type === 'subaccounts' && x.id === cid);
    if (!account) break;
    cid = account.cid;
  }
  return cid;
}
