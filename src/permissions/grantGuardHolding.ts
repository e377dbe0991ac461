/**
 * A grant may not give more than its creator holds: each item's levels, turned into permissions, must be
 * held by the acting account as its own (branch or role, never through a grant) on what the item covers
 * ("all" and whole subaccounts: account-wide).
 */
import { INSTANCE_TYPES } from '../domain/types';
import type { GrantItem, InstanceType, Permission } from '../domain/types';
import type { Engine } from './engine';
import { actionsOfLevels } from './grantLevels';
import { OK, escalation, holdsOnInstance, holdsOverAccount } from './guardKit';
import type { GuardResult, Principal } from './types';

export function itemWithinActor(engine: Engine, p: Principal, item: GrantItem, grantor: number, f: string): GuardResult {
  const refuse = (what: string): GuardResult => escalation(`${f}.access`, `gives ${what}, which you do not hold`);
  if (item.type !== 'subaccounts') {
    for (const action of actionsOfLevels(item.type, item.access)) {
      const perm: Permission = `${item.type}:${action}`;
      if (item.ids === 'all') {
        if (!holdsOverAccount(engine, p, grantor, perm)) return refuse(perm);
      } else if (!item.ids.every((id) => holdsOnInstance(engine, p, item.type as InstanceType, id, action))) return refuse(perm);
    }
    return OK;
  }
  for (const s of item.ids) {
    // Operate-as gives the account itself (deleting it included): only a strict ancestor's own branch holds that.
    if (item.access.includes('operate-as') && (s === p.actingCid || !holdsOverAccount(engine, p, s, null))) return refuse('operate-as');
    const perms: Permission[] = ['subaccounts:read', ...INSTANCE_TYPES.flatMap((t) => actionsOfLevels(t, []).map((a): Permission => `${t}:${a}`))];
    for (const level of item.access) if (level.startsWith('create-')) perms.push(`${level.slice(7) as InstanceType}:create`);
    for (const perm of perms) if (!holdsOverAccount(engine, p, s, perm)) return refuse(perm);
  }
  return OK;
}
