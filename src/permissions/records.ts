/** Any record the module reasons about, looked up by type and id, with its owner account. */
import { isInstanceType } from '../domain/types';
import type { Action, Cid } from '../domain/types';
import type { AccountRights } from './accountRights';
import { instanceRules } from './itemRules';
import { assignmentRules, grantRules, roleItemRules, subaccountRules, tokenRules } from './platformRules';
import type { RuleList } from './ruleList';
import type { RecordType } from './types';
import type { WorldIndex } from './worldIndex';

/** The record's `cid` as the dialect shows it (a subaccount's is its parent). */
export function recordCid(wi: WorldIndex, type: RecordType, id: number): Cid | undefined {
  if (isInstanceType(type)) return wi.instances[type].byId.get(id)?.cid;
  switch (type) {
    case 'subaccounts':
      return wi.accounts.get(id)?.owner_id;
    case 'tokens':
      return wi.tokensById.get(id)?.cid;
    case 'grants':
      return wi.grantsById.get(id)?.cid;
    case 'roles':
      return wi.roles.get(id)?.cid;
    case 'role-assignments':
      return wi.assignmentsById.get(id)?.cid;
  }
}

/** Adds the account-level rules for an action on a record; false when the record does not exist. */
export function recordRules(
  wi: WorldIndex,
  r: AccountRights,
  type: RecordType,
  id: number,
  action: Exclude<Action, 'create'>,
  out: RuleList,
): boolean {
  if (isInstanceType(type)) {
    const inst = wi.instances[type].byId.get(id);
    if (inst) instanceRules(wi, r, type, inst, action, out);
    return inst !== undefined;
  }
  switch (type) {
    case 'subaccounts': {
      const acc = wi.accounts.get(id);
      if (acc) subaccountRules(wi, r, acc, action, out);
      return acc !== undefined;
    }
    case 'tokens': {
      const t = wi.tokensById.get(id);
      if (t) tokenRules(wi, r, t, action, out);
      return t !== undefined;
    }
    case 'grants': {
      const g = wi.grantsById.get(id);
      if (g) grantRules(wi, r, g, action, out);
      return g !== undefined;
    }
    case 'roles': {
      const role = wi.roles.get(id);
      if (role) roleItemRules(wi, r, role, action, out);
      return role !== undefined;
    }
    case 'role-assignments': {
      const ra = wi.assignmentsById.get(id);
      if (ra) assignmentRules(wi, r, ra, action, out);
      return ra !== undefined;
    }
  }
}

/** Every id of a record type, for the generic (non-instance) visibility scan. */
export function allRecordIds(wi: WorldIndex, type: Exclude<RecordType, 'devices' | 'channels' | 'streams' | 'calcs' | 'plugins' | 'groups'>): number[] {
  switch (type) {
    case 'subaccounts':
      return wi.tour.slice();
    case 'tokens':
      return [...wi.tokensById.keys()];
    case 'grants':
      return [...wi.grantsById.keys()];
    case 'roles':
      return [...wi.roles.keys()];
    case 'role-assignments':
      return [...wi.assignmentsById.keys()];
  }
}
