/**
 * `POST /platform/access/preview` with `{move: {type, id, cid}}` (issue 18): who gains and who loses access
 * if a device or channel moved to account `cid`, refused as the move itself would be (404, 403, 409).
 * The accounts weighed are those that reach the item before or after (and that the caller knows).
 */
import { buildAccessIndex, diffAccess, moveItems, moveRefusal, previewLines, readableView, REFUSE, ruleNamer } from '../../../src/permissions';
import type { AccessEntry, MovableType } from '../../../src/permissions';
import type { World } from '../../../src/domain/types';
import { HttpError } from '../../http/respond';
import type { Ctx } from '../../http/withPrincipal';
import { namesOf } from '../accessParams';
import { answer } from '../route';
import type { Answer } from '../route';
import { utcMinute, viewNames } from '../viewNames';
import { enforceCreate } from '../writeChecks';

export interface MoveDraft {
  type: MovableType;
  id: number;
  cid: number;
}

/** A copy of the world that moveItems may change: the records it changes are copies. */
function movable(w: World): World {
  const copy = <T extends object>(list: readonly T[]): T[] => list.map((r) => ({ ...r }));
  const instances = { ...w.instances };
  for (const t of ['devices', 'channels', 'groups', 'calcs', 'streams', 'plugins'] as const) instances[t] = copy(w.instances[t]);
  return { ...w, instances, grants: copy(w.grants), roleAssignments: copy(w.roleAssignments), tokens: copy(w.tokens) };
}

export function movePreview(ctx: Ctx, draft: MoveDraft): Answer {
  const item = ctx.store.world.instances[draft.type].find((i) => i.id === draft.id);
  if (!item || !ctx.ix.allows(ctx.p, { action: 'read', type: draft.type, id: draft.id })) throw new HttpError(404, REFUSE.absent(draft.type, draft.id).message);
  const refusal = moveRefusal(ctx.ix, ctx.p, draft.type, draft.id, draft.cid);
  if (refusal) throw new HttpError(refusal.status, refusal.message);
  if (item.cid !== draft.cid) enforceCreate(ctx, draft.type, draft.cid, 0, undefined, item.cid);
  const next = movable(ctx.store.world);
  const refs = item.cid === draft.cid ? [] : moveItems(next, draft.type, [draft.id], draft.cid);
  const after = buildAccessIndex(next);
  const view = readableView(ctx.ix, ctx.p);
  const reach = new Set(
    [...ctx.ix.whoHasAccess(draft.type, draft.id, ctx.p.now).accounts, ...after.whoHasAccess(draft.type, draft.id, ctx.p.now).accounts].map((a) => a.cid),
  );
  const cids = [...reach].filter((c) => view.may('subaccounts', c)).sort((a, b) => a - b);
  const names = viewNames(ctx, view);
  const facts = {
    account: names.account,
    name: names.name,
    nameRules: ruleNamer(ctx.ix, view),
    through: `moving “${item.name}” to ${names.account(draft.cid)}`,
    expire: 0,
    when: utcMinute,
    quiet: true,
  };
  const name = (x: AccessEntry) => ({ ...x, name: namesOf(ctx, x.type)(x.id) });
  // Tokens whose access list names the item and whose account no longer holds it: said once per account.
  const tokenLines = new Map<number, string[]>();
  for (const r of refs)
    if (r.type === 'tokens' && view.may('tokens', r.id))
      tokenLines.set(r.cid, [
        ...(tokenLines.get(r.cid) ?? []),
        `Token “${namesOf(ctx, 'tokens')(r.id)}” of ${names.account(r.cid)} no longer lists “${item.name}” in its access list.`,
      ]);
  const diffs = diffAccess(ctx.ix, after, cids, ctx.p.now)
    .filter((d) => d.gained.length + d.lost.length + d.changed.length > 0)
    .map((d) => ({
      ...d,
      gained: d.gained.map(name),
      lost: d.lost.map(name),
      changed: d.changed.map((c) => ({ before: name(c.before), after: name(c.after) })),
      lines: [...previewLines(d, [], facts), ...(tokenLines.get(d.cid) ?? [])],
    }));
  const silent = [...tokenLines].filter(([cid]) => !diffs.some((d) => d.cid === cid));
  return answer([...diffs, ...silent.map(([cid, lines]) => ({ cid, gained: [], lost: [], changed: [], lines }))]);
}
