/** `limit`/`offset`, `sort` and `pagination` for GET answers (`fields`: fields.ts, applied by `route`). */
import { sortedBy } from '../../src/contracts/listOrder';
import { SORT_FIELDS } from '../../src/contracts/queries';
import { HttpError } from './respond';

type Rec = Record<string, unknown>;

function intParam(url: URL, name: string, max: number): number | null {
  const raw = url.searchParams.get(name);
  if (raw === null) return null;
  if (!/^\d+$/.test(raw) || Number(raw) > max) throw new HttpError(400, `Query parameter "${name}" must be an integer from 0 to ${max}.`);
  return Number(raw);
}

export { SORT_FIELDS };

/** Sorted copy by `sort=<field>` / `sort=-<field>` (stable: ties keep the list's order); the list itself without it. */
export function sortItems<T>(url: URL, items: T[]): T[] {
  const raw = url.searchParams.get('sort');
  if (raw === null || raw === '') return items;
  const field = raw.replace(/^-/, '');
  if (!(SORT_FIELDS as readonly string[]).includes(field)) {
    throw new HttpError(400, `Query parameter "sort" must be one of ${SORT_FIELDS.join(', ')}, optionally prefixed with "-".`);
  }
  return sortedBy(items, raw);
}

/** `present` (when given) shapes only the records of the page asked for: cheap on a 100,000-record list. */
export function listAnswer<T = Rec>(url: URL, items: T[], present?: (item: T) => object): { result: Rec[]; extra: Record<string, unknown> } {
  const limit = intParam(url, 'limit', 100_000);
  const offset = intParam(url, 'offset', Number.MAX_SAFE_INTEGER) ?? 0;
  items = sortItems(url, items);
  const sliced = limit === null && offset === 0 ? items : items.slice(offset, limit === null ? undefined : offset + limit);
  // `fields` is applied by `route`, after the projection (which reads `type` and `id` to hide records).
  const result = (present ? sliced.map(present) : sliced) as Rec[];
  const extra = limit === null && offset === 0 ? {} : { pagination: { limit: limit ?? items.length, offset, count: items.length } };
  return { result, extra };
}
