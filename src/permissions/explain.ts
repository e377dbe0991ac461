/** Plain-language explanations of rules and decisions (for the explorer, "who has access" and refusal details). */
import type { AclEntry, InstanceType, Token } from '../domain/types';
import { entriesFor, entryCovers } from './aclEntries';
import { aclEntryWords } from './plainWords';
import { describeScope } from './scope';
import type { NamedRule } from './ruleFacts';
import { isAclToken } from './tokenFacts';
import type { Rule } from './types';

/** A date for texts of the module; the UI passes its own (local) format. */
export type When = (t: number) => string;
export const isoDate: When = (t) => new Date(t * 1000).toISOString().slice(0, 10);
const until = (expire: number | undefined, when: When): string => (expire !== undefined && expire > 0 ? `, until ${when(expire)}` : '');

export function describeRule(rule: Rule): string {
  switch (rule.kind) {
    case 'branch':
      return rule.ownerCid === rule.actingCid
        ? `owned by account ${rule.ownerCid} itself`
        : `in the branch of account ${rule.actingCid} (owner: account ${rule.ownerCid})`;
    case 'grant':
      return `grant #${rule.grantId} from account ${rule.grantorCid}, level ${rule.level}`;
    case 'subaccount-grant':
      return `grant #${rule.grantId} on subaccount ${rule.subaccountCid} as a whole, level ${rule.level}`;
    case 'role':
      return `role "${rule.roleName}" (#${rule.roleId}) over ${rule.scope}, assignment #${rule.assignmentId}`;
    case 'catalog':
      return rule.ownerCid === 0 ? `built-in role #${rule.roleId}` : `role #${rule.roleId} of ancestor account ${rule.ownerCid}, assignable here`;
  }
}

/** Where a right comes from, as the explorer filters it. `acl` marks the access list of an ACL token. */
export const RIGHT_SOURCES = ['branch', 'grant', 'role', 'operate-as', 'acl'] as const;
export type RightSource = (typeof RIGHT_SOURCES)[number];

export function ruleSource(rule: Rule): RightSource {
  switch (rule.kind) {
    case 'branch':
      return 'branch';
    case 'grant':
      return 'grant';
    case 'subaccount-grant':
      return rule.level === 'operate-as' ? 'operate-as' : 'grant';
    case 'role':
    case 'catalog':
      return 'role';
  }
}

/** A reason as shown to people: rules of one grant (one level each) merged into one line. */
export type RuleSummary =
  | { source: 'branch'; ownerCid: number; actingCid: number; text: string }
  | { source: 'grant' | 'operate-as'; grantId: number; levels: string[]; text: string; expire?: number }
  | { source: 'role'; assignmentId: number | null; roleId: number; text: string; expire?: number };

/**
 * `account` labels an account for the reader: its name where the caller knows it (the UI), its id by
 * default ("own: account Contoso Foods" / "own: account 1005"). Rules named by the backend (`ruleNamer`) are
 * said by name with their end: `grant “Reefer 12 support for Dana”: read, edit, until 2026-05-12`.
 */
export function summarizeRules(rules: readonly NamedRule[], account: (cid: number) => string = String, when: When = isoDate): RuleSummary[] {
  // Grant lines are written once all their levels are known: keep a slot per grant, fill it at the end.
  type Slot = { grantId: number; source: 'grant' | 'operate-as'; on: string; levels: string[]; name?: string; expire?: number };
  const slots: Array<RuleSummary | Slot> = [];
  const grants = new Map<string, { levels: string[] }>();
  for (const rule of rules) {
    switch (rule.kind) {
      case 'branch':
        slots.push({
          source: 'branch',
          ownerCid: rule.ownerCid,
          actingCid: rule.actingCid,
          text:
            rule.ownerCid === rule.actingCid
              ? `own: account ${account(rule.ownerCid)}`
              : `branch: owner account ${account(rule.ownerCid)} is below account ${account(rule.actingCid)}`,
        });
        break;
      case 'grant':
      case 'subaccount-grant': {
        const source: 'grant' | 'operate-as' = ruleSource(rule) === 'operate-as' ? 'operate-as' : 'grant';
        const on = rule.kind === 'subaccount-grant' ? ` on subaccount ${account(rule.subaccountCid)}` : '';
        const k = `${rule.grantId}|${on}|${source}`;
        const g = grants.get(k);
        if (g) {
          if (!g.levels.includes(rule.level)) g.levels.push(rule.level);
        } else {
          const slot: Slot = { grantId: rule.grantId, source, on, levels: [rule.level as string], name: rule.name, expire: rule.expire };
          grants.set(k, slot);
          slots.push(slot);
        }
        break;
      }
      case 'role':
        slots.push(
          rule.expire === undefined
            ? {
                source: 'role',
                assignmentId: rule.assignmentId,
                roleId: rule.roleId,
                text: `role assignment #${rule.assignmentId}: ${rule.roleName} on ${describeScope(rule.scope, account)}`,
              }
            : {
                source: 'role',
                assignmentId: rule.assignmentId,
                roleId: rule.roleId,
                expire: rule.expire,
                text: `role “${rule.roleName}” on ${describeScope(rule.scope, account)}${until(rule.expire, when)}`,
              },
        );
        break;
      case 'catalog':
        slots.push({ source: 'role', assignmentId: null, roleId: rule.roleId, text: describeRule(rule) });
        break;
    }
  }
  return slots.map((s): RuleSummary => {
    if ('text' in s) return s;
    const grant = s.name === undefined ? `grant #${s.grantId}` : `grant “${s.name}”`;
    const text = (s.source === 'operate-as' ? `${grant} operate-as${s.on}` : `${grant}${s.on}: ${s.levels.join(', ')}`) + until(s.expire, when);
    return { source: s.source, grantId: s.grantId, levels: s.levels, text, expire: s.expire };
  });
}

function describeAclEntry(e: AclEntry): string {
  const ids = e.ids === 'all' ? 'all ids' : `ids ${e.ids.join(', ')}`;
  const subs = e.submodules && e.submodules.length > 0 ? `, submodules ${e.submodules.map((s) => `${s.name} (${s.methods.join(', ')})`).join(', ')}` : '';
  return `${e.uri}: ${e.methods.join(', ')} on ${ids}${subs}`;
}

/**
 * The ACL entries through which an ACL token reaches an instance, described (null: not an ACL token). With
 * `nameOf` (null for an id the reader may not read) in plain words and by name (plainWords.aclEntryWords).
 */
export function describeAclReach(token: Pick<Token, 'access'>, type: InstanceType, id: number, nameOf?: (id: number) => string | null): string | null {
  if (!isAclToken(token)) return null;
  const covering = entriesFor(token, type).filter((e) => entryCovers(e, id));
  if (covering.length === 0) return 'access list: no entry covers it';
  return nameOf ? `access list: ${covering.map((e) => aclEntryWords(e, nameOf)).join(' | ')}` : `access list ${covering.map(describeAclEntry).join(' | ')}`;
}
