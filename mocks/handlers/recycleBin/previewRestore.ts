/**
 * `POST /platform/access/preview` with `{restore: {origin}}` (issue 18): who regains what if a deleted
 * grant, role assignment or token came back, refused as the restore itself would be (404, 409).
 */
import { parseOrigin } from '../../../src/contracts/recycleBin';
import { binEntryOf, buildAccessIndex, diffAccess, previewLines, readableView, restoreRefusal, ruleNamer, withRecords } from '../../../src/permissions';
import type { AccessEntry } from '../../../src/permissions';
import type { Grant, RoleAssignment, Token } from '../../../src/domain/types';
import { HttpError } from '../../http/respond';
import type { Ctx } from '../../http/withPrincipal';
import { namesOf } from '../accessParams';
import { utcMinute, viewNames } from '../viewNames';
import { answer } from '../route';
import type { Answer } from '../route';
import { checkRestore } from './binRestore';

const KIND_WORDS = { 0: 'a standard', 1: 'a master', 2: 'an ACL' } as const;

export function restorePreview(ctx: Ctx, origin: string): Answer {
  const at = parseOrigin(origin);
  if (!at || !['grants', 'role-assignments', 'tokens'].includes(at.type))
    throw new HttpError(400, 'restore.origin: expected a deleted grant, role assignment or token, such as platform/grants/4.');
  const e = binEntryOf(ctx.store.world, at.type, at.id);
  if (!e || restoreRefusal(ctx.ix, ctx.p, e)) throw new HttpError(404, `No deleted item ${origin} in the recycle bin.`);
  checkRestore(ctx, e);
  const view = readableView(ctx.ix, ctx.p);
  const names = viewNames(ctx, view);
  if (e.type === 'tokens') {
    const t = e.record as Token;
    const line = `Token “${t.info}” (#${t.id}) works again: its key acts in ${names.account(t.cid)} as ${KIND_WORDS[t.access.type]} token, as it did before it was deleted.`;
    return answer([{ cid: t.cid, gained: [], lost: [], changed: [], lines: [line] }]);
  }
  const affected = e.type === 'grants' ? (e.record as Grant).subaccounts : [(e.record as RoleAssignment).subject_cid];
  const known = new Set(ctx.store.world.accounts.map((a) => a.id));
  const cids = affected.filter((c) => known.has(c) && view.may('subaccounts', c));
  const facts = {
    account: names.account,
    name: names.name,
    nameRules: ruleNamer(ctx.ix, view),
    through: e.type === 'grants' ? `restoring grant “${e.name}”` : `restoring role assignment #${e.item_id}`,
    expire: (e.record as Grant | RoleAssignment).expire,
    when: utcMinute,
  };
  const name = (x: AccessEntry) => ({ ...x, name: namesOf(ctx, x.type)(x.id) });
  const after = buildAccessIndex(withRecords(ctx.store.world, [e]));
  return answer(
    diffAccess(ctx.ix, after, cids, ctx.p.now).map((d) => ({
      ...d,
      gained: d.gained.map(name),
      lost: d.lost.map(name),
      changed: d.changed.map((c) => ({ before: name(c.before), after: name(c.after) })),
      lines: previewLines(d, [], facts),
    })),
  );
}
