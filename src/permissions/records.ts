/** Any record the module reasons about, looked up by type and id, with its owner account. */
import { isInstanceType } from '../domain/types';
import type { Action, Cid } from '../domain/types';
import type { AccountRights } from './accountRights';
import { instanceRules } from './itemRules';
import { assignmentRules, grantRules, roleItemRules, subaccountRules, tokenRules } from './platformRules';
import type { RuleList } from './ruleList';
import type { RecordType } from './types';
import type { WorldTables } from './worldTables';

/** The record's `cid` as the dialect shows it (a subaccount's is its parent). */
export function recordCid(wt: WorldTables, type: RecordType, id: number): Cid | undefined {
  if (isInstanceType(type)) return wt.instances[type].byId.get(id)?.cid;
  switch (type) {
    case 'subaccounts':
      return wt.accounts.get(id)?.owner_id;
    case 'tokens':
      return wt.tokensById.get(id)?.cid;
    case 'grants':
      return wt.grantsById.get(id)?.cid;
    case 'roles':
      return wt.roles.get(id)?.cid;
    case 'role-assignments':
      return wt.assignmentsById.get(id)?.cid;
  }
}

/** Adds the account-level rules for an action on a record; false when the record does not exist. */
export function recordRules(wt: WorldTables, r: AccountRights, type: RecordType, id: number, action: Exclude<Action, 'create'>, out: RuleList): boolean {
  if (isInstanceType(type)) {
    const inst = wt.instances[type].byId.get(id);
    if (inst) instanceRules(wt, r, type, inst, action, out);
    return inst !== undefined;
  }
  switch (type) {
    case 'subaccounts': {
      const acc = wt.accounts.get(id);
      if (acc) subaccountRules(wt, r, acc, action, out);
      return acc !== undefined;
    }
    case 'tokens': {
      const t = wt.tokensById.get(id);
      if (t) tokenRules(wt, r, t, action, out);
      return t !== undefined;
    }
    case 'grants': {
      const g = wt.grantsById.get(id);
      if (g) grantRules(wt, r, g, action, out);
      return g !== undefined;
    }
    case 'roles': {
      const role = wt.roles.get(id);
      if (role) roleItemRules(wt, r, role, action, out);
      return role !== undefined;
    }
    case 'role-assignments': {
      const ra = wt.assignmentsById.get(id);
      if (ra) assignmentRules(wt, r, ra, action, out);
      return ra !== undefined;
    }
  }
}

/** Every id of a record type, for the generic (non-instance) visibility scan. */
export function allRecordIds(wt: WorldTables, type: Exclude<RecordType, 'devices' | 'channels' | 'streams' | 'calcs' | 'plugins' | 'groups'>): number[] {
  switch (type) {
    case 'subaccounts':
      return wt.tour.slice();
    case 'tokens':
      return [...wt.tokensById.keys()];
    case 'grants':
      return [...wt.grantsById.keys()];
    case 'roles':
      return [...wt.roles.keys()];
    case 'role-assignments':
      return [...wt.assignmentsById.keys()];
  }
}
