/**
 * Ours: `POST /platform/access/preview` — what a draft grant or role assignment (new, changed, or removed)
 * would add or remove for each affected account. Computed by the permission module on a copy; changes nothing.
 */
import { z } from 'zod';
import { describeIssue, grantCreate, roleAssignmentCreate } from '../../src/contracts/schemas';
import { buildAccessIndex, diffAccess, DRAFT_ID, draftTargets, heldAccess, previewLines, readableView, REFUSE, ruleNamer } from '../../src/permissions';
import type { World } from '../../src/domain/types';
import type { AccessEntry, GuardResult } from '../../src/permissions';
import { requireMaster } from '../http/requireMaster';
import { HttpError, readJson } from '../http/respond';
import { enforce } from '../http/withPrincipal';
import type { Ctx } from '../http/withPrincipal';
import { namesOf } from './accessParams';
import { throughWords } from './previewThrough';
import { utcMinute, viewNames } from './viewNames';
import { assignmentGuard, grantGuard } from './platformResources';
import { enforceCreate, enforceGuard } from './writeChecks';
import { answer, route } from './route';
import { ENDPOINTS } from '../../src/contracts/endpoints';
import { binView } from '../../src/permissions';
import { restorePreview } from './recycleBin/previewRestore';
import { movePreview } from './moves/previewMove';

const body = z.strictObject({
  grant: grantCreate.extend({ id: z.number().int().positive().optional() }).optional(),
  assignment: roleAssignmentCreate.extend({ id: z.number().int().positive().optional() }).optional(),
  remove: z.strictObject({ type: z.enum(['grants', 'role-assignments']), id: z.number().int().positive() }).optional(),
  restore: z.strictObject({ origin: z.string().min(1).max(200) }).optional(),
  move: z.strictObject({ type: z.enum(['devices', 'channels']), id: z.number().int().positive(), cid: z.number().int().positive() }).optional(),
});

function visibleOr404(ctx: Ctx, type: 'grants' | 'role-assignments', id: number): void {
  if (!ctx.ix.visibleIds(ctx.p, type).includes(id)) throw new HttpError(404, REFUSE.absent(type, id).message);
}

/**
 * A draft is previewed only if it could be saved: the same checks, in the same order, with the same
 * status and reason as `POST` (a new draft, item 0) or `PUT` (a changed one) of that record.
 */
function refuseLikeSaving<R>(ctx: Ctx, type: 'grants' | 'role-assignments', cid: number, old: R | undefined, guard: (ctx: Ctx) => GuardResult): void {
  if (old === undefined) {
    enforceCreate(ctx, type, cid, 0);
    enforceGuard(guard(ctx), 0);
  } else {
    enforceGuard(guard(ctx));
  }
}

export const previewHandlers = [
  route.post(
    `*${ENDPOINTS.accessPreview}`,
    async (ctx) => {
      requireMaster(ctx);
      const parsed = body.safeParse(await readJson(ctx.request));
      if (!parsed.success) throw new HttpError(400, `${describeIssue(parsed.error).reason}.`);
      const { grant, assignment, remove, restore, move } = parsed.data;
      if ([grant, assignment, remove, restore, move].filter(Boolean).length !== 1)
        throw new HttpError(400, 'Send exactly one of "grant", "assignment", "remove", "restore" or "move".');
      if (restore) return restorePreview(ctx, restore.origin);
      if (move) return movePreview(ctx, move);
      // Only the grant and assignment lists change (replaced below, never mutated): a shallow copy will do.
      const after: World = { ...ctx.store.world };
      const affected = new Set<number>();
      if (grant) {
        const { id, cid, ...rest } = grant;
        const old = id === undefined ? undefined : after.grants.find((g) => g.id === id);
        if (id !== undefined) visibleOr404(ctx, 'grants', id);
        if (id !== undefined) enforce(ctx.ix.decide(ctx.p, { action: 'update', type: 'grants', id }));
        old?.subaccounts.forEach((c) => affected.add(c));
        const next = { ...rest, id: id ?? DRAFT_ID, cid: cid ?? old?.cid ?? ctx.p.actingCid };
        refuseLikeSaving(ctx, 'grants', next.cid, old, (ctx) => grantGuard(ctx, next, old));
        after.grants = [...after.grants.filter((g) => g.id !== id), next];
        next.subaccounts.forEach((c) => affected.add(c));
      } else if (assignment) {
        const { id, cid, ...rest } = assignment;
        if (id !== undefined) visibleOr404(ctx, 'role-assignments', id);
        if (id !== undefined) enforce(ctx.ix.decide(ctx.p, { action: 'update', type: 'role-assignments', id }));
        const old = id === undefined ? undefined : after.roleAssignments.find((a) => a.id === id);
        if (old) affected.add(old.subject_cid);
        const next = { ...rest, id: id ?? DRAFT_ID, cid: cid ?? old?.cid ?? ctx.p.actingCid };
        refuseLikeSaving(ctx, 'role-assignments', next.cid, old, (ctx) => assignmentGuard(ctx, next, old));
        after.roleAssignments = [...after.roleAssignments.filter((a) => a.id !== id), next];
        affected.add(rest.subject_cid);
      } else if (remove) {
        visibleOr404(ctx, remove.type, remove.id);
        enforce(ctx.ix.decide(ctx.p, { action: 'delete', type: remove.type, id: remove.id }));
        if (remove.type === 'grants') {
          after.grants.find((g) => g.id === remove.id)?.subaccounts.forEach((c) => affected.add(c));
          after.grants = after.grants.filter((g) => g.id !== remove.id);
        } else {
          const a = after.roleAssignments.find((x) => x.id === remove.id);
          if (a) affected.add(a.subject_cid);
          after.roleAssignments = after.roleAssignments.filter((x) => x.id !== remove.id);
        }
      }
      // Accounts the caller does not know are absent from the answer (what they would gain is not its to see).
      const view = readableView(ctx.ix, ctx.p);
      const known = new Set(after.accounts.map((a) => a.id));
      const cids = [...affected].filter((c) => known.has(c) && view.may('subaccounts', c));
      const typed = grant?.name.trim();
      const draftName = grant ? (typed ? `the new grant “${typed}”` : 'the new grant') : 'the new assignment';
      const name = (e: AccessEntry) => ({ ...e, name: e.id === DRAFT_ID ? draftName : namesOf(ctx, e.type)(e.id) });
      const names = viewNames(ctx, view);
      const facts = {
        account: names.account,
        name: names.name,
        nameRules: ruleNamer(ctx.ix, view),
        through: throughWords(ctx, names, { grant, assignment, remove }),
        expire: remove ? null : (grant?.expire ?? assignment?.expire ?? 0),
        when: utcMinute,
        quiet: remove !== undefined || grant?.id !== undefined || assignment?.id !== undefined,
      };
      const targets = remove
        ? []
        : draftTargets(ctx.ix, {
            grant: grant && { ...grant, cid: grant.cid ?? ctx.p.actingCid },
            assignment: assignment && { ...assignment, cid: ctx.p.actingCid },
          });
      const changedId = { grant: grant?.id, assignment: assignment?.id };
      return answer(
        diffAccess(ctx.ix, buildAccessIndex(after), cids, ctx.p.now).map((d) => ({
          ...d,
          gained: d.gained.map(name),
          lost: d.lost.map(name),
          changed: d.changed.map((c) => ({ before: name(c.before), after: name(c.after) })),
          lines: previewLines(d, heldAccess(ctx.ix, d.cid, targets, ctx.p.now, changedId), facts),
        })),
      );
    },
    binView,
  ),
];
