/**
 * flespi's limits (`/platform/limits`): a parent defines named limits and assigns one to a subaccount
 * (`limit_id`). Each counts what the account and its whole subtree hold, per type.
 */
export const LIMIT_TYPES = ['devices', 'channels', 'streams', 'calcs', 'plugins', 'groups', 'tokens', 'subaccounts'] as const;
export type LimitType = (typeof LIMIT_TYPES)[number];

/** `-1`: bounded only by the limits above (the parent's own); `0`: allows nothing. */
export const UNBOUNDED = -1;

export type LimitCounts = Record<LimitType, number>;

export interface Limit extends LimitCounts {
  id: number;
  /** The account that defines it (a parent of the accounts it is assigned to). */
  cid: number;
  name: string;
  description?: string;
}

export const isLimitType = (t: string): t is LimitType => (LIMIT_TYPES as readonly string[]).includes(t);
