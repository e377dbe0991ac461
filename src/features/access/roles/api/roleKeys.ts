import { queryOptions } from '@tanstack/react-query';
import type { NamedAccessEntry } from '../../../../auth/accessKeys';
import type { ActingAccount } from '../../../../auth/SessionProvider';
import type { InstanceType } from '../../../../domain/types';
import { accessClient } from '../../../../lib/accessClient';
import type { ApiClient } from '../../../../lib/apiClient';
import type { Role, RoleAssignment } from '../../../../domain/types';
import { keepPreviousOf } from '../../../../lib/keepPreviousOf';
import { recordQueries } from '../../../../lib/recordQueries';
import type { Touched } from '../../../../lib/touchedKeys';

export type LoadedRole = Role & { rev?: number };
export type LoadedAssignment = RoleAssignment & { rev?: number };

export const roleKeys = recordQueries<LoadedRole>('roles');
export const roleAssignmentKeys = recordQueries<LoadedAssignment>('role-assignments');

/** A role write changes roles, the assignments that show them, and what their subjects reach. */
export const ROLE_TOUCHES: readonly Touched[] = ['roles', 'role-assignments', 'access'];
export const ASSIGNMENT_TOUCHES: readonly Touched[] = ['role-assignments', 'access'];

/** Instances of a type the principal reaches, for the scope picker (the server searches them). */
export const scopeCandidates = (api: ApiClient, acting: ActingAccount, type: InstanceType, q: string) =>
  queryOptions({
    queryKey: ['access', acting.cid, type, 'scope-candidates', q] as const,
    queryFn: async ({ signal }) =>
      (await accessClient(api, acting).entries<NamedAccessEntry>(acting.cid, { type, q: q.trim() || undefined, limit: 20 }, { signal })).result,
    placeholderData: keepPreviousOf(acting.cid),
  });
