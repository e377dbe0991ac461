import { queryOptions } from '@tanstack/react-query';
import type { NamedAccessEntry } from '../../../../auth/accessKeys';
import type { ActingAccount } from '../../../../auth/SessionProvider';
import type { InstanceType } from '../../../../domain/types';
import type { ApiClient } from '../../../../lib/apiClient';
import type { Role, RoleAssignment } from '../../../../domain/types';
import { keepPreviousOf } from '../../../../lib/keepPreviousOf';
import { recordQueries } from '../../../../lib/recordQueries';

export type LoadedRole = Role & { rev?: number };
export type LoadedAssignment = RoleAssignment & { rev?: number };

export const roleKeys = recordQueries<LoadedRole>('roles');
export const roleAssignmentKeys = recordQueries<LoadedAssignment>('role-assignments');

/** Instances of a type the principal reaches, for the scope picker (the server searches them). */
export const scopeCandidates = (api: ApiClient, acting: ActingAccount, type: InstanceType, q: string) =>
  queryOptions({
    queryKey: ['access', acting.cid, type, 'scope-candidates', q] as const,
    queryFn: async ({ signal }) =>
      (
        await api.get<NamedAccessEntry>(`/platform/access/${acting.cid}`, {
          query: { type, q: q.trim() || undefined, limit: 20 },
          actAs: acting.actAs,
          signal,
        })
      ).result,
    placeholderData: keepPreviousOf(acting.cid),
  });
