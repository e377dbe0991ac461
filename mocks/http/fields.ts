/** flespi's `fields` query parameter: only those fields of each answered object, on every answer (writes too). */
import { HttpError } from './respond';

type Rec = Record<string, unknown>;

/** The field names asked for, or null; a malformed list is a 400 before anything is read or written. */
export function requestedFields(url: URL): string[] | null {
  const raw = url.searchParams.get('fields');
  if (!raw) return null;
  const fields = raw
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean);
  if (fields.length === 0 || fields.some((f) => !/^[\w.]+$/.test(f))) {
    throw new HttpError(400, 'Query parameter "fields" must be a comma-separated list of field names.');
  }
  return fields;
}

/** Each object of `items` cut to `fields` (own fields only); other values as they are. */
export function pickFields(items: unknown[], fields: readonly string[] | null): unknown[] {
  if (!fields) return items;
  return items.map((r) =>
    r && typeof r === 'object' && !Array.isArray(r) ? Object.fromEntries(fields.filter((f) => Object.hasOwn(r, f)).map((f) => [f, (r as Rec)[f]])) : r,
  );
}
