/**
 * Selectors of the recycle bin (flespi's): `all`, an origin (`gw/devices/123`), an item id (`123`: that id
 * of any type), `origin=gw/devices/*` (`*` any characters), several comma-separated. Parameters arrive
 * decoded (`gw%2Fdevices%2F123`).
 */
import { binOrigin, parseOrigin } from '../../../src/contracts/recycleBin';
import type { BinEntry } from '../../../src/domain/recycleBin';
import { globMatcher } from '../../http/glob';
import { MAX_SELECTOR_LENGTH } from '../../http/limits';
import { badSelector } from '../../http/selector';

export interface BinSelector {
  matches: (e: BinEntry) => boolean;
  /** Origins and ids named one by one: each must be found (a 404 otherwise). */
  named: string[];
}

export const originOf = (e: Pick<BinEntry, 'type' | 'item_id'>): string => binOrigin(e.type, e.item_id);

export function parseBinSelector(sel: string): BinSelector {
  if (sel.length > MAX_SELECTOR_LENGTH) throw badSelector(sel, `longer than ${MAX_SELECTOR_LENGTH} characters`);
  const terms = sel.split(',').map((t) => t.trim());
  const tests: Array<(e: BinEntry) => boolean> = [];
  const named: string[] = [];
  for (const term of terms) {
    if (term === 'all') tests.push(() => true);
    else if (/^\d{1,15}$/.test(term)) {
      named.push(term);
      tests.push((e) => e.item_id === Number(term));
    } else if (term.startsWith('origin=')) {
      const pattern = term.slice('origin='.length);
      if (!pattern) throw badSelector(sel, 'origin= needs a pattern such as gw/devices/*');
      const m = globMatcher(pattern);
      tests.push((e) => m(originOf(e)));
    } else if (parseOrigin(term)) {
      named.push(term);
      tests.push((e) => originOf(e) === term);
    } else throw badSelector(sel, 'expected all, an id, an origin such as gw/devices/123 or origin=gw/devices/*');
  }
  return { matches: (e) => tests.some((t) => t(e)), named };
}

/** The named terms no entry among `found` answers to. */
export const unfound = (s: BinSelector, found: readonly BinEntry[]): string[] =>
  s.named.filter((n) => !found.some((e) => (/^\d+$/.test(n) ? e.item_id === Number(n) : originOf(e) === n)));
