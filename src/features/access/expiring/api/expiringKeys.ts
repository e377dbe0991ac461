/** Queries of the expiry timeline: the three collections it merges, and what-if previews of a change. */
import { queryOptions } from '@tanstack/react-query';
import type { ActingAccount } from '../../../../auth/SessionProvider';
import type { Grant, RoleAssignment, Token } from '../../../../domain/types';
import type { ApiClient } from '../../../../lib/apiClient';
import { recordQueries } from '../../../../lib/recordQueries';
import type { AccessDiff } from '../../../../permissions';

/** Records as the dialect returns them (with their revision, for If-Match). */
type Loaded<T> = T & { rev?: number };
export type LoadedToken = Loaded<Token>;
export type LoadedGrant = Loaded<Grant>;
export type LoadedAssignment = Loaded<RoleAssignment>;

/** Body of `POST /platform/access/preview` (mocks/handlers/preview.ts). */
export type PreviewBody =
  | { grant: Omit<Grant, 'id' | 'cid'> & { id: number } }
  | { assignment: Omit<RoleAssignment, 'id' | 'cid'> & { id: number } }
  | { remove: { type: 'grants' | 'role-assignments'; id: number } };

export const expiringKeys = {
  tokens: recordQueries<LoadedToken>('tokens'),
  grants: recordQueries<LoadedGrant>('grants'),
  assignments: recordQueries<LoadedAssignment>('role-assignments'),
  /** Changes nothing (a POST only because the body is a draft); cached per body. */
  preview: (api: ApiClient, acting: ActingAccount, body: PreviewBody) =>
    queryOptions({
      queryKey: ['access-preview', acting.cid, JSON.stringify(body)] as const,
      queryFn: async ({ signal }) => (await api.post<AccessDiff>('/platform/access/preview', body, { actAs: acting.actAs, signal })).result,
    }),
};
