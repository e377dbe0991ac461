/**
 * The access model's table of instance grant levels, in one place: what each level gives on a type.
 * Decisions read it one way (which levels give this action), the grant guard the other (what a grant gives).
 */
import { ACTIONS, INSTANCE_TYPES, SUBACCOUNT_GRANT_LEVELS } from '../domain/types';
import type { Action, GrantLevel, InstanceGrantLevel, InstanceType } from '../domain/types';

/** Read gives logs for devices and channels only (not calcs, plugins, streams, groups). */
export const readGivesLogs = (type: InstanceType): boolean => type === 'devices' || type === 'channels';

export function actionsOfLevel(type: InstanceType, level: InstanceGrantLevel): readonly Action[] {
  switch (level) {
    case 'read':
      return readGivesLogs(type) ? ['read', 'logs'] : ['read'];
    case 'edit':
      return ['update', 'logs'];
    case 'delete':
      return ['delete'];
    case 'command':
      return type === 'devices' ? ['command'] : [];
  }
}

const LEVELS: readonly InstanceGrantLevel[] = ['read', 'edit', 'delete', 'command'];
const NON_DEVICE_LEVELS: readonly InstanceGrantLevel[] = ['read', 'edit', 'delete'];

/** The levels a grant item of a type may carry (`command` is for devices only). */
export const grantLevelsFor = (type: InstanceType | 'subaccounts'): readonly GrantLevel[] =>
  type === 'subaccounts' ? SUBACCOUNT_GRANT_LEVELS : type === 'devices' ? LEVELS : NON_DEVICE_LEVELS;

/** The actions an instance grant item gives on its type (read is implied by every item). */
export function actionsOfLevels(type: InstanceType, levels: readonly string[]): Action[] {
  const given = LEVELS.filter((l) => l === 'read' || levels.includes(l));
  return [...new Set(given.flatMap((l) => actionsOfLevel(type, l)))];
}

const LEVELS_GIVING = {} as Record<InstanceType, Record<Action, readonly InstanceGrantLevel[]>>;
for (const t of INSTANCE_TYPES) {
  const byAction = {} as Record<Action, readonly InstanceGrantLevel[]>;
  for (const a of ACTIONS) byAction[a] = LEVELS.filter((l) => actionsOfLevel(t, l).includes(a));
  LEVELS_GIVING[t] = byAction;
}

/** Grant levels that give an action on an instance type (made once; read on the hot path). */
export const levelsGiving = (type: InstanceType, action: Action): readonly InstanceGrantLevel[] => LEVELS_GIVING[type][action];
