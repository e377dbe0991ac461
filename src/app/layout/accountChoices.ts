/** Which accounts the switcher lists: the acting one first, then matches of the search (name or #id), capped. */
import type { ActableAccount } from '../../auth/accessKeys';
import type { Cid } from '../../domain/types';

export function accountChoices(accounts: readonly ActableAccount[], q: string, actingCid: Cid, limit: number): { shown: ActableAccount[]; matching: number } {
  const needle = q.trim().toLowerCase().replace(/^#/, '');
  const matches = needle === '' ? accounts : accounts.filter((a) => a.name.toLowerCase().includes(needle) || String(a.id) === needle);
  const acting = matches.find((a) => a.id === actingCid);
  const ordered = acting ? [acting, ...matches.filter((a) => a !== acting)] : matches;
  return { shown: ordered.slice(0, limit), matching: matches.length };
}
