/**
 * `API_DIALECT=flespi`: `npm run api` stands in for flespi.io, which this machine cannot reach. It serves only
 * what flespi's API description has (FLESPI_ROUTES: no roles, role assignments, `/platform/access`, `/mock`,
 * no PATCH where flespi has only PUT) and has no paging: `limit` and `offset` are not read.
 */
import { FLESPI_ROUTES } from './flespiRoutes';

const TABLE = FLESPI_ROUTES.map((r) => {
  const [method = '', path = ''] = r.split(' ');
  return { method, segments: path.split('/').slice(1) };
});

/** Whether flespi has this method on this path (`*` in the table is any one segment). */
export function flespiServes(method: string, pathname: string): boolean {
  const segments = pathname.split('/').slice(1);
  return TABLE.some(
    (r) =>
      r.method === method && r.segments.length === segments.length && r.segments.every((s, i) => (s === '*' ? (segments[i] ?? '') !== '' : s === segments[i])),
  );
}

/** The request's URL without the paging parameters flespi does not have. */
export function withoutPaging(url: string): string {
  const u = new URL(url);
  u.searchParams.delete('limit');
  u.searchParams.delete('offset');
  return u.toString();
}
