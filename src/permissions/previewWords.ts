/**
 * A what-if preview in plain words: who gains or loses which levels on what, until when, through what
 * (the draft under its typed name); and, where nothing changes for an account, what already gives it.
 * The backend writes the lines (it knows names); only names the caller may read reach them (`name` answers
 * null for the rest, which are left out).
 */
import { ITEM_TYPES, INSTANCE_TYPES } from '../domain/types';
import type { Cid, Grant, RoleAssignment, UnixTime } from '../domain/types';
import type { AccessIndex } from './buildAccessIndex';
import type { AccessDiff } from './diffAccess';
import { summarizeRules } from './explain';
import type { When } from './explain';
import { actionWords, itemsWords, listWords, untilWords } from './plainWords';
import type { NamedRule } from './ruleFacts';
import { parseScope } from './scope';
import type { AccessEntry, RecordType } from './types';

export interface PreviewFacts {
  /** An affected account's name (the caller knows every account a preview names). */
  account: (cid: Cid) => string;
  /** A record's name, or null when the caller may not read it. */
  name: (type: RecordType, id: number) => string | null;
  /** Rules named for the caller (ruleNamer). */
  nameRules: (rules: AccessEntry['rules']) => NamedRule[];
  /** "the new grant “Share Reefer 13”", "removing grant “…”", "role “reader” on account … and below". */
  through: string;
  /** The draft's end (0: none); null for a removal. */
  expire: UnixTime | null;
  when: When;
  /** A change or a removal: an account it leaves as it was is not mentioned (only a new draft says "no change"). */
  quiet?: boolean;
}

/** Item types a preview speaks of: the grant or assignment record itself is the vehicle, not a gain. */
const SPOKEN: readonly RecordType[] = ITEM_TYPES.filter((t) => t !== 'grants' && t !== 'roles');

function grouped(entries: readonly AccessEntry[], facts: PreviewFacts): string[] {
  const groups = new Map<string, { actions: AccessEntry['permissions']; type: RecordType; names: string[] }>();
  for (const e of entries) {
    if (!SPOKEN.includes(e.type)) continue;
    const name = facts.name(e.type, e.id);
    if (name === null) continue;
    const key = `${e.type}|${[...e.permissions].sort().join(',')}`;
    const g = groups.get(key) ?? { actions: e.permissions, type: e.type, names: [] };
    g.names.push(name);
    groups.set(key, g);
  }
  return [...groups.values()].map((g) => `${actionWords(g.actions)} on ${itemsWords(g.type, g.names)}`);
}

/** The lines of one account's diff; `held` is its access to the draft's targets before the change. */
export function previewLines(d: AccessDiff, held: readonly AccessEntry[], facts: PreviewFacts): string[] {
  const who = facts.account(d.cid);
  const lines: string[] = [];
  const gained = grouped(d.gained, facts);
  if (gained.length > 0) lines.push(`${who} gains ${listWords(gained)}, ${untilWords(facts.expire ?? 0, facts.when)}, through ${facts.through}.`);
  const lost = grouped(d.lost, facts);
  if (lost.length > 0) lines.push(`${who} loses ${listWords(lost)} (${facts.through}).`);
  for (const c of d.changed) {
    const [now] = grouped([c.after], facts);
    if (now !== undefined) lines.push(`${who} will have ${now} (had ${actionWords(c.before.permissions)}), ${untilWords(facts.expire ?? 0, facts.when)}.`);
  }
  if (lines.length > 0 || facts.quiet) return lines;
  const reasons = new Set<string>();
  for (const e of held)
    if (facts.name(e.type, e.id) !== null) for (const s of summarizeRules(facts.nameRules(e.rules), facts.account, facts.when)) reasons.add(s.text);
  const has = grouped(held, facts);
  if (has.length === 0 || reasons.size === 0) return [`No change for ${who}.`];
  return [`No change for ${who}: already has ${listWords(has)} through ${[...reasons].join('; ')}.`];
}

/** What a draft gives rights on (for "already has this through …"): listed items, or every item of the grantor. */
export function draftTargets(
  ix: AccessIndex,
  draft: { grant?: Omit<Grant, 'id'>; assignment?: Omit<RoleAssignment, 'id'> },
): Array<{ type: RecordType; ids: number[] }> {
  if (draft.grant) {
    const g = draft.grant;
    return g.items.map((it) => ({
      type: it.type,
      ids: it.ids === 'all' ? (it.type === 'subaccounts' ? [] : ix.world.instances[it.type].filter((i) => i.cid === g.cid).map((i) => i.id)) : it.ids,
    }));
  }
  const s = draft.assignment ? parseScope(draft.assignment.scope) : null;
  // An account scope reaches a whole branch: "already has" is said only of single items.
  return s?.kind === 'instance' ? [{ type: s.type, ids: [s.id] }] : [];
}

/** The account's access to the targets before the change, without what the changed record itself gives. */
export function heldAccess(
  ix: AccessIndex,
  cid: Cid,
  targets: ReadonlyArray<{ type: RecordType; ids: number[] }>,
  now: UnixTime,
  changedId?: { grant?: number; assignment?: number },
): AccessEntry[] {
  const out: AccessEntry[] = [];
  for (const t of targets) {
    if (t.ids.length === 0 || !(INSTANCE_TYPES as readonly string[]).concat('subaccounts').includes(t.type)) continue;
    for (const e of ix.accountAccess(cid, t.type, now, t.ids.slice(0, 50))) {
      const rules = e.rules.filter(
        (r) => !(('grantId' in r && r.grantId === changedId?.grant) || ('assignmentId' in r && r.assignmentId === changedId?.assignment)),
      );
      if (rules.length > 0) out.push({ ...e, rules });
    }
  }
  return out;
}
