/** When a grant or a role assignment gives rights: the one reading of `enabled` and `expire` (0 = never). */
import type { Grant, RoleAssignment, UnixTime } from '../domain/types';

export type GrantState = 'active' | 'disabled' | 'expired';

export function grantState(g: Pick<Grant, 'enabled' | 'expire'>, now: UnixTime): GrantState {
  if (g.expire !== 0 && g.expire <= now) return 'expired';
  return g.enabled ? 'active' : 'disabled';
}

export const isActiveGrant = (g: Pick<Grant, 'enabled' | 'expire'>, now: UnixTime): boolean => grantState(g, now) === 'active';
export const isActiveAssignment = (a: Pick<RoleAssignment, 'expire'>, now: UnixTime): boolean => a.expire === 0 || a.expire > now;
