/**
 * A grant may not give more than its creator holds: each item's levels, turned into permissions, must be
 * held by the acting account on what the item covers ("all" and whole subaccounts: account-wide).
 */
import { INSTANCE_TYPES } from '../domain/types';
import type { Action, GrantItem, InstanceType, Permission } from '../domain/types';
import type { Engine } from './engine';
import { OK, escalation, holdsOverAccount } from './guardKit';
import { instanceRules } from './itemRules';
import { RuleList } from './ruleList';
import type { GuardResult, Principal } from './types';

/** The actions an instance grant item gives on its type. */
export function actionsOfLevels(type: InstanceType, levels: readonly string[]): Action[] {
  const out: Action[] = ['read'];
  if (type === 'devices' || type === 'channels') out.push('logs');
  if (levels.includes('edit')) out.push('update', 'logs');
  if (levels.includes('delete')) out.push('delete');
  if (levels.includes('command') && type === 'devices') out.push('command');
  return [...new Set(out)];
}

function holdsOnInstance(engine: Engine, p: Principal, type: InstanceType, id: number, action: Action): boolean {
  const inst = engine.wi.instances[type].byId.get(id);
  if (!inst || action === 'create') return false;
  const out = new RuleList();
  instanceRules(engine.wi, engine.rights(p.actingCid, p.now), type, inst, action, out);
  return out.size > 0;
}

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
    if (item.access.includes('operate-as') && !holdsOverAccount(engine, p, s, null)) return refuse('operate-as');
    const perms: Permission[] = ['subaccounts:read', ...INSTANCE_TYPES.flatMap((t) => actionsOfLevels(t, []).map((a): Permission => `${t}:${a}`))];
    for (const level of item.access) if (level.startsWith('create-')) perms.push(`${level.slice(7) as InstanceType}:create`);
    for (const perm of perms) if (!holdsOverAccount(engine, p, s, perm)) return refuse(perm);
  }
  return OK;
}
