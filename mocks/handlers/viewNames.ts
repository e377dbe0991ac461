/**
 * Names for texts the backend writes (previews, "why not?", "my access"): a string is not checked by the
 * projection, so every name here is looked up through the caller's ReadableView, and a record it may not
 * read is null ("outside your view"), never its name.
 */
import { describeAssignment, readableView } from '../../src/permissions';
import type { ReadableView, RecordType, When } from '../../src/permissions';
import type { Grant, RoleAssignment } from '../../src/domain/types';
import type { Ctx } from '../http/withPrincipal';
import { namesOf } from './accessParams';

/** Dates in texts: the day and the minute, in UTC (the reader's time zone is the UI's). */
export const utcMinute: When = (t) => `${new Date(t * 1000).toISOString().slice(0, 16).replace('T', ' ')} UTC`;

export interface ViewNames {
  view: ReadableView;
  /** A record's name, or null when the caller may not read it. */
  name: (type: RecordType, id: number) => string | null;
  /** An account's name, or "an account outside your view". */
  account: (cid: number) => string;
  /** `role “contributor” for Dana (supporter) on account Contoso Foods and below` */
  assignment: (a: RoleAssignment) => string;
  grant: (g: Grant) => string;
}

export function viewNames(ctx: Ctx, view: ReadableView = readableView(ctx.ix, ctx.p)): ViewNames {
  const lookups = new Map<RecordType, (id: number) => string>();
  const name = (type: RecordType, id: number): string | null => {
    if (!view.may(type, id)) return null;
    let f = lookups.get(type);
    if (!f) lookups.set(type, (f = namesOf(ctx, type)));
    return f(id);
  };
  const account = (cid: number) => name('subaccounts', cid) ?? 'an account outside your view';
  const role = (id: number) => `“${name('roles', id) ?? `#${id}`}”`;
  return {
    view,
    name,
    account,
    assignment: (a) => `role ${describeAssignment(a, role, account)}`,
    grant: (g) => `grant “${g.name}”`,
  };
}
