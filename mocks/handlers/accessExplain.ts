/**
 * Ours: why (not) — the permission module's decision for one subject and one item, explained — and who
 * has access to an item (master tokens only). An item the caller cannot read is 404, as everywhere.
 */
import { ACTIONS, ITEM_TYPES } from '../../src/domain/types';
import type { Action, ItemType } from '../../src/domain/types';
import { tokenKindLabel } from '../../src/domain/tokenKinds';
import { blockerWords, explainDecision, nearestBlocker, readableView, REFUSE, ruleNamer, summarizeRules, typeWord } from '../../src/permissions';
import type { RecordType } from '../../src/permissions';
import { HttpError } from '../http/respond';
import { param } from '../http/withPrincipal';
import type { Ctx } from '../http/withPrincipal';
import { requireMaster } from '../http/requireMaster';
import { namesOf, positiveId, recordType, subjectOf, targetCid } from './accessParams';
import { ENDPOINTS } from '../../src/contracts/endpoints';
import { answer, route } from './route';
import { blockerAnswer } from './blockerAnswer';
import { utcMinute, viewNames } from './viewNames';

/** The item must be one the caller itself may read; otherwise it is absent for it. */
function visibleItem(ctx: Ctx, type: RecordType, id: number): void {
  if (!ctx.ix.decide(ctx.p, { action: 'read', type, id }).allowed) throw new HttpError(404, REFUSE.absent(type, id).message);
}

export const whoAndWhyHandlers = [
  /** `?type=T&id=N[&token=][&acting=][&action=read]` → one `{allowed, status, code, explanation, rules, ...}`. */
  route.get(`*${ENDPOINTS.accessWhy}`, (ctx) => {
    const cid = targetCid(ctx);
    requireMaster(ctx);
    const q = ctx.url.searchParams;
    const type = recordType(q.get('type'));
    const id = positiveId(q.get('id'), 'id');
    const actionRaw = q.get('action') ?? 'read';
    if (!(ACTIONS as readonly string[]).includes(actionRaw) || actionRaw === 'create')
      throw new HttpError(400, `Query parameter "action" must be one of ${ACTIONS.filter((a) => a !== 'create').join(', ')}.`);
    const action = actionRaw as Exclude<Action, 'create'>;
    visibleItem(ctx, type, id);
    const subject = subjectOf(ctx, cid);
    const d = ctx.ix.decide(subject.principal, { action, type, id });
    const name = namesOf(ctx, type)(id);
    const view = readableView(ctx.ix, ctx.p);
    const names = viewNames(ctx, view);
    const blocker = d.allowed || action === 'assign' ? null : blockerAnswer(ctx, names, nearestBlocker(ctx.ix, ctx.p, subject.principal, { action, type, id }));
    const rules = ruleNamer(ctx.ix, view)(d.rules);
    // Allowed: the reasons by name (those the caller reads: the projection drops the others' rules too).
    const shown = rules.filter(
      (r) => !('grantId' in r && !view.may('grants', r.grantId)) && !('assignmentId' in r && !view.may('role-assignments', r.assignmentId)),
    );
    const said = d.allowed
      ? `Allowed by: ${summarizeRules(shown, names.account, utcMinute)
          .map((s) => s.text)
          .join('; ')}.`
      : explainDecision(d, { subject: subject.label, item: name === `#${id}` ? `${typeWord(type)} #${id}` : name, action, account: subject.account });
    const explanation = [said, blocker && blockerWords(blocker, blocker.name, utcMinute)].filter(Boolean).join(' ');
    return answer([
      { type, id, name, action, subject: subject.label, allowed: d.allowed, status: d.status, code: d.refusal?.code ?? null, explanation, rules, blocker },
    ]);
  }),
  /** Accounts and tokens that can read an item, with their permissions and rules (those the caller may see). */
  route.get(`*${ENDPOINTS.accessWho}`, (ctx) => {
    targetCid(ctx);
    requireMaster(ctx);
    const rawType = param(ctx, 'type');
    if (!(ITEM_TYPES as readonly string[]).includes(rawType)) throw new HttpError(400, `The type in the path must be one of ${ITEM_TYPES.join(', ')}.`);
    const type = rawType as ItemType;
    const id = positiveId(param(ctx, 'id'), 'id');
    visibleItem(ctx, type, id);
    const who = ctx.ix.whoHasAccess(type, id, ctx.p.now);
    const seenAccounts = new Set([ctx.p.actingCid, ...ctx.ix.visibleIds(ctx.p, 'subaccounts')]);
    const seenTokens = new Set(ctx.ix.visibleIds(ctx.p, 'tokens'));
    const accountName = namesOf(ctx, 'subaccounts');
    const tokens = new Map(ctx.store.world.tokens.map((t) => [t.id, t]));
    const accounts = who.accounts.filter((a) => seenAccounts.has(a.cid));
    const named = ruleNamer(ctx.ix, readableView(ctx.ix, ctx.p));
    const shownTokens = who.tokens.filter((t) => seenTokens.has(t.tokenId));
    return answer([
      {
        type,
        id,
        accounts: accounts.map((a) => ({ cid: a.cid, name: accountName(a.cid), permissions: a.permissions, rules: named(a.rules) })),
        tokens: shownTokens.map((t) => {
          const token = tokens.get(t.tokenId);
          return { id: t.tokenId, cid: t.cid, info: token?.info ?? '', kind: tokenKindLabel(token?.access.type ?? -1), permissions: t.permissions };
        }),
      },
    ]);
  }),
];
