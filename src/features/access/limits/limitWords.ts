/** How the panel words a limit's counts. */
import { LIMIT_TYPES } from '../../../domain/limits';
import type { LimitCounts, LimitType } from '../../../domain/limits';

export const LIMIT_LABELS: Record<LimitType, string> = {
  devices: 'Devices',
  channels: 'Channels',
  streams: 'Streams',
  calcs: 'Calcs',
  plugins: 'Plugins',
  groups: 'Groups',
  tokens: 'Tokens',
  subaccounts: 'Subaccounts',
};

/** "Devices 3, Channels 0" for the bounded counts ("Only the limits above" when none is). */
export function limitSummary(l: LimitCounts): string {
  const bounded = LIMIT_TYPES.filter((t) => l[t] >= 0).map((t) => `${LIMIT_LABELS[t]} ${l[t]}`);
  return bounded.length ? bounded.join(', ') : 'Only the limits above';
}

/** "Devices 10 of 10" (or "Devices 4 (no limit of its own)"). */
export const usageWords = (type: LimitType, used: number, limit: number): string =>
  limit < 0 ? `${LIMIT_LABELS[type]} ${used} (no limit of its own)` : `${LIMIT_LABELS[type]} ${used} of ${limit}`;
