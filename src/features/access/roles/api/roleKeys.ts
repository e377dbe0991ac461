import type { Role, RoleAssignment } from '../../../../domain/types';
import { recordQueries } from '../../../../lib/recordQueries';

export const roleKeys = recordQueries<Role>('roles');
export const roleAssignmentKeys = recordQueries<RoleAssignment>('role-assignments');
