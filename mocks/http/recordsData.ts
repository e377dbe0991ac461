/**
 * flespi's `data` query parameter of `…/logs` (and, with a time window of its own, `…/messages`): a JSON
 * object `{from, to, count, reverse, filter, fields}` (src/contracts/queries.ts, `recordsData`). Every
 * problem is a 400 whose reason names `data`.
 */
import { describeIssue } from '../../src/contracts/schemas';
import { recordsData } from '../../src/contracts/queries';
import { HttpError } from './respond';
import { parseSelector } from './selector';
import type { Predicate } from './selector';

export interface RecordsData {
  from?: number;
  to?: number;
  count?: number;
  reverse?: boolean;
  filter?: Predicate;
  fields?: string[];
}

const bad = (why: string) => new HttpError(400, `Query parameter "data" ${why}.`);

/** The parsed `data`, or null when the request has none. */
export function readRecordsData(url: URL): RecordsData | null {
  const raw = url.searchParams.get('data');
  if (raw === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw bad('must be a JSON object such as {"count":10,"reverse":true}');
  }
  const parsed = recordsData.safeParse(json);
  if (!parsed.success) throw bad(`is not valid: ${describeIssue(parsed.error, 'data').reason}`);
  const { filter, fields, ...rest } = parsed.data;
  if (rest.from !== undefined && rest.to !== undefined && rest.from > rest.to) throw bad('is not valid: "data.from" must not be after "data.to"');
  let predicate: Predicate | undefined;
  if (filter !== undefined) {
    try {
      // `event==updated && item_id==3` is an expression; `event=updated` flespi's short form.
      const expression = filter.startsWith('{') || !/^[\w.]+=[^=]/.test(filter) || /&&|\|\|/.test(filter);
      predicate = parseSelector(expression && !filter.startsWith('{') ? `{${filter}}` : filter);
    } catch (e) {
      throw bad(`is not valid: "data.filter" ${e instanceof Error ? e.message.replace(/^The selector /, 'expression ') : 'cannot be read'}`);
    }
  }
  return { ...rest, ...(predicate ? { filter: predicate } : {}), ...(fields ? { fields: fields.split(',') } : {}) };
}

/**
 * `items` in time order, windowed and filtered as `data` says: oldest first unless `reverse`, at most `count`.
 * `data.fields` is left to `route` (`answer(…, {}, d.fields)`): fields are cut after the projection.
 */
export function applyRecordsData<T extends { timestamp: number }>(items: readonly T[], d: RecordsData): T[] {
  const { from, to, filter } = d;
  const inWindow = items.filter(
    (r) =>
      (from === undefined || r.timestamp >= from) && (to === undefined || r.timestamp <= to) && (!filter || filter(r as unknown as Record<string, unknown>)),
  );
  const ordered = d.reverse ? inWindow.reverse() : inWindow;
  return d.count === undefined ? ordered : ordered.slice(0, d.count);
}
