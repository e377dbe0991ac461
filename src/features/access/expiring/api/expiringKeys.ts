/** Queries of the expiry timeline: the three collections it merges. */
import type { Grant, RoleAssignment, Token } from '../../../../domain/types';
import { recordQueries } from '../../../../lib/recordQueries';
import type { Touched } from '../../../../lib/touchedKeys';

/** Records as the dialect returns them (with their revision, for If-Match). */
type Loaded<T> = T & { rev?: number };
export type LoadedToken = Loaded<Token>;
export type LoadedGrant = Loaded<Grant>;
export type LoadedAssignment = Loaded<RoleAssignment>;

/** Extending or removing a row changes its collection and what it gave; a token may be the session's own. */
export const expiringTouches = (kind: 'tokens' | 'grants' | 'role-assignments'): readonly Touched[] =>
  kind === 'tokens' ? [kind, 'access', 'auth'] : [kind, 'access'];

export const expiringKeys = {
  tokens: recordQueries<LoadedToken>('tokens'),
  grants: recordQueries<LoadedGrant>('grants'),
  assignments: recordQueries<LoadedAssignment>('role-assignments'),
};
