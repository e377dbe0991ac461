/**
 * Listings: visible ids, and each visible record with its permissions and rules. A principal is checked
 * once (token, acting account, kind), then each record only against the ACL and the rules.
 */
import { TOKEN_KINDS, isInstanceType } from '../domain/types';
import type { Action, Cid, InstanceType, Token, UnixTime } from '../domain/types';
import type { AccountRights } from './accountRights';
import { instanceRules } from './itemRules';
import { RuleList } from './ruleList';
import { aclReadableIds } from './aclEntries';
import { decideItem } from './decide';
import type { Engine } from './engine';
import { itemActions } from './permissionCatalog';
import { recordCid } from './records';
import { ruleKey } from './ruleList';
import { isAclToken, kindRefusal } from './tokenFacts';
import type { AccessEntry, Principal, RecordType, Rule } from './types';
import { visibleInstanceIds, visiblePlatformIds } from './visibleItems';

/** A master token of an account, for questions about the account as such. */
export const accountToken = (cid: Cid): Token => ({
  id: 0,
  cid,
  key: '',
  info: 'account as such',
  enabled: true,
  expire: 0,
  ttl: 0,
  created: 0,
  accessed: 0,
  ips: '',
  access: { type: TOKEN_KINDS.master, acl: [] },
});

export function visibleIds(engine: Engine, p: Principal, type: RecordType, checkPrincipal = true): number[] {
  if ((checkPrincipal && engine.principalRefusal(p)) || kindRefusal(p.token, type)) return [];
  const r = engine.rights(p.actingCid, p.now);
  if (!isInstanceType(type)) return visiblePlatformIds(engine.wt, r, type);
  const ids = visibleInstanceIds(engine.wt, r, type, engine.readable.peek(r, type) ?? undefined);
  if (!isAclToken(p.token)) return ids;
  const allowed = aclReadableIds(p.token, type);
  return allowed === 'all' ? ids : ids.filter((id) => allowed.has(id));
}

/**
 * Fast path for instances and tokens without an ACL: no token restriction applies past the gates, so an
 * action is allowed exactly when some rule gives it (and the item is readable).
 */
function instanceEntry(engine: Engine, r: AccountRights, type: InstanceType, id: number): AccessEntry | null {
  const inst = engine.wt.instances[type].byId.get(id);
  if (!inst) return null;
  const read = new RuleList();
  instanceRules(engine.wt, r, type, inst, 'read', read);
  if (read.size === 0) return null;
  const permissions: Action[] = ['read'];
  const all = new RuleList();
  for (const rule of read.list) all.add(rule);
  for (const action of itemActions(type)) {
    if (action === 'read') continue;
    if (action === 'assign') {
      permissions.push(action);
      continue;
    }
    const rules = engine.scratchAction.reset();
    instanceRules(engine.wt, r, type, inst, action, rules);
    if (rules.size === 0) continue;
    permissions.push(action);
    for (const rule of rules.list) all.add(rule);
  }
  return { type, id, cid: inst.cid, permissions, rules: all.list };
}

/** One record's entry, or null when the principal cannot read it. Assumes the principal gates passed. */
export function entryFor(engine: Engine, token: Token, actingCid: Cid, now: UnixTime, type: RecordType, id: number): AccessEntry | null {
  const r = engine.rights(actingCid, now);
  if (isInstanceType(type) && !isAclToken(token)) return instanceEntry(engine, r, type, id);
  const permissions: Action[] = [];
  const rules: Rule[] = [];
  const seen = new Set<string>();
  for (const action of itemActions(type)) {
    const d = decideItem(engine, token, r, { action, type, id });
    if (!d.allowed) {
      if (action === 'read') return null;
      continue;
    }
    permissions.push(action);
    for (const rule of d.rules) {
      const k = ruleKey(rule);
      if (!seen.has(k)) {
        seen.add(k);
        rules.push(rule);
      }
    }
  }
  return { type, id, cid: recordCid(engine.wt, type, id) ?? 0, permissions, rules };
}

export function effectiveAccess(engine: Engine, p: Principal, type: RecordType, ids?: readonly number[], checkPrincipal = true): AccessEntry[] {
  if ((checkPrincipal && engine.principalRefusal(p)) || kindRefusal(p.token, type)) return [];
  const candidates = ids ? [...new Set(ids)] : visibleIds(engine, p, type, false);
  const out: AccessEntry[] = [];
  for (const id of candidates) {
    const e = entryFor(engine, p.token, p.actingCid, p.now, type, id);
    if (e) out.push(e);
  }
  return out;
}

/** The account as such: as a master token of it would see, even when the account is blocked. */
export function accountAccess(engine: Engine, cid: Cid, type: RecordType, now: UnixTime, ids?: readonly number[]): AccessEntry[] {
  if (!engine.wt.pos.has(cid)) return [];
  return effectiveAccess(engine, { token: accountToken(cid), actingCid: cid, now }, type, ids, false);
}
