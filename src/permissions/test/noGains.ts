/** The oracle's "no escalation" check for the guards' property test (`guards.property.test.ts`). */
import { expect } from 'vitest';
import { ITEM_TYPES } from '../../domain/types';
import type { Cid, World } from '../../domain/types';
import type { RecordType } from '../index';
import { ORACLE_BUILTINS } from './oracleBuiltins';
import { oracleIds } from './oracle';
import { oracleOwn } from './oraclePassOn';
import { oracleCreateRules, oracleItemRules } from './oracleRules';
import { GEN_NOW } from './worldArb';

const RECORD_TYPES: readonly RecordType[] = [...ITEM_TYPES, 'role-assignments'];
const ACTIONS = ['read', 'update', 'delete', 'logs', 'command', 'assign'] as const;

const ruleFor = (w: World, a: Cid, type: RecordType, id: number, action: string): boolean =>
  (oracleItemRules({ w, builtins: ORACLE_BUILTINS, a, now: GEN_NOW }, type, id, action) ?? []).length > 0;
const holds = (w: World, a: Cid, type: RecordType, id: number, action: string): boolean => ruleFor(w, a, type, id, 'read') && ruleFor(w, a, type, id, action);
/** No re-share: what the actor passes on must be its own (branch or role), never held through a grant. */
const ownRuleFor = (w: World, a: Cid, type: RecordType, id: number, action: string): boolean =>
  oracleOwn(oracleItemRules({ w, builtins: ORACLE_BUILTINS, a, now: GEN_NOW }, type, id, action) ?? []).length > 0;
const ownHolds = (w: World, a: Cid, type: RecordType, id: number, action: string): boolean =>
  ownRuleFor(w, a, type, id, 'read') && ownRuleFor(w, a, type, id, action);

/** Every right `subject` has after but not before must be held by `actor` before. */
export function noGains(before: World, after: World, subject: Cid, actor: Cid, newRecord: { type: RecordType; id: number }): void {
  for (const type of RECORD_TYPES) {
    for (const id of oracleIds(after, ORACLE_BUILTINS, type)) {
      if (type === newRecord.type && id === newRecord.id) continue;
      for (const action of ACTIONS) {
        if (!holds(after, subject, type, id, action) || holds(before, subject, type, id, action)) continue;
        // The acting account reads, changes and reads logs of itself through /platform/customer.
        const selfCustomer = type === 'subaccounts' && id === actor && action !== 'delete';
        // The subject could already read the item (e.g. the subject of a role assignment) and the actor holds
        // the action itself: the actor delegated its own right; the read was the subject's before.
        const delegated = holds(before, subject, type, id, 'read') && ownRuleFor(before, actor, type, id, action);
        if (!selfCustomer && !delegated && !ownHolds(before, actor, type, id, action))
          expect({ subject, gained: `${type}:${id}:${action}`, actor }).toBe('held by the actor');
      }
    }
    for (const cid of before.accounts.map((a) => a.id)) {
      const c = (w: World, a: Cid): number => oracleCreateRules({ w, builtins: ORACLE_BUILTINS, a, now: GEN_NOW }, type, cid).length;
      const own = (w: World, a: Cid): number => oracleOwn(oracleCreateRules({ w, builtins: ORACLE_BUILTINS, a, now: GEN_NOW }, type, cid)).length;
      if (c(after, subject) > 0 && c(before, subject) === 0 && own(before, actor) === 0)
        expect({ subject, gained: `create ${type} in ${cid}`, actor }).toBe('held by the actor');
    }
  }
}
