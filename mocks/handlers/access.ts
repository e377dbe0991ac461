/**
 * Ours: `/platform/access/*`. Every token may ask about its own principal (self-introspection); master
 * tokens may ask about any account they can act as, or any token they can see. Answers come from the
 * permission module only; this file parses, filters (explorer) and pages.
 */
import { ACTIONS, isInstanceType } from '../../src/domain/types';
import type { Action } from '../../src/domain/types';
import { RIGHT_SOURCES, createOptions, describeAclReach, readableView, ruleNamer, ruleSource, tokenKindOptions } from '../../src/permissions';
import type { AccessEntry, RightSource } from '../../src/permissions';
import { listAnswer } from '../http/listing';
import { HttpError } from '../http/respond';
import { param } from '../http/withPrincipal';
import { whoAndWhyHandlers } from './accessExplain';
import { myAccessHandlers } from './myAccess';
import { namesOf, recordType, subjectOf, targetCid } from './accessParams';
import { ENDPOINTS } from '../../src/contracts/endpoints';
import { answer, route } from './route';

function parseIds(raw: string | null): number[] | undefined {
  if (raw === null) return undefined;
  if (!/^\d+(,\d+)*$/.test(raw)) throw new HttpError(400, 'Query parameter "ids" must be a comma-separated list of ids.');
  return raw.split(',').map(Number);
}

function oneOf<T extends string>(raw: string | null, name: string, allowed: readonly T[]): T | null {
  if (raw === null || raw === '') return null;
  if (!(allowed as readonly string[]).includes(raw)) throw new HttpError(400, `Query parameter "${name}" must be one of ${allowed.join(', ')}.`);
  return raw as T;
}

type Entry = AccessEntry & { name: string; acl?: string };

/** Explorer filters: `source`, `permission`, `q` (name or id). */
function keep(source: RightSource | null, permission: Action | null, q: string): (e: Entry) => boolean {
  const needle = q.trim().toLowerCase();
  return (e) =>
    (permission === null || e.permissions.includes(permission)) &&
    (source === null || (source === 'acl' ? e.acl !== undefined : e.rules.some((r) => ruleSource(r) === source))) &&
    (needle === '' || e.name.toLowerCase().includes(needle) || String(e.id) === needle);
}

export const accessHandlers = [
  route.get(`*${ENDPOINTS.accessAccounts}`, (ctx) => {
    targetCid(ctx);
    const ids = ctx.ix.actableAccounts(ctx.p.token, ctx.p.now);
    const actable = new Set(ids);
    const accounts = ctx.store.world.accounts.filter((a) => actable.has(a.id));
    return answer(accounts.map((a) => ({ id: a.id, name: a.name, owner_id: a.owner_id, via: ctx.ix.actingVia(ctx.p.token, a.id, ctx.p.now) })));
  }),
  route.get(`*${ENDPOINTS.accessCreate}`, (ctx) => {
    targetCid(ctx);
    return answer(createOptions(ctx.ix, ctx.p, recordType(param(ctx, 'type'))));
  }),
  ...whoAndWhyHandlers,
  ...myAccessHandlers,
  /** Per account where tokens may be created: which kinds, each with the guard's reason when refused. */
  route.get(`*${ENDPOINTS.accessTokenKinds}`, (ctx) => {
    targetCid(ctx);
    const name = namesOf(ctx, 'subaccounts');
    return answer(tokenKindOptions(ctx.ix, ctx.p).map(({ cid, kinds }) => ({ cid, name: name(cid), kinds })));
  }),
  route.get(`*${ENDPOINTS.accessEntries}`, (ctx) => {
    const cid = targetCid(ctx);
    const q = ctx.url.searchParams;
    const type = recordType(q.get('type'));
    const ids = parseIds(q.get('ids'));
    const source = oneOf(q.get('source'), 'source', RIGHT_SOURCES);
    const permission = oneOf(q.get('permission'), 'permission', ACTIONS);
    const subject = subjectOf(ctx, cid);
    const name = namesOf(ctx, type);
    const token = subject.token;
    const callerView = readableView(ctx.ix, ctx.p);
    const nameRules = ruleNamer(ctx.ix, callerView);
    const aclName = (id: number) => (callerView.may(type, id) ? name(id) : null);
    const withName = (e: AccessEntry): Entry => {
      const acl = token && isInstanceType(type) ? describeAclReach(token, type, e.id, aclName) : null;
      const rules = nameRules(e.rules);
      return acl === null ? { ...e, rules, name: name(e.id) } : { ...e, rules, name: name(e.id), acl };
    };
    // About another subject (master tokens): only what the caller itself reads, so counts hide nothing either.
    const view = subject.principal === ctx.p ? null : callerView;
    const seen = (id: number): boolean => view === null || view.may(type, id);
    const filtered = source || permission || q.get('q');
    if (!ids && !filtered && q.get('limit') !== null) {
      // A page without filters: entries for that page only (visible ids come in effectiveAccess's order,
      // each with an entry), not for all 100,000 devices of the large world.
      const visible = ctx.ix.visibleIds(subject.principal, type).filter(seen);
      const entryOf = (id: number): Entry => {
        const e = ctx.ix.effectiveAccess(subject.principal, type, [id])[0];
        return withName(e ?? { type, id, cid: 0, permissions: [], rules: [] });
      };
      const { result, extra } = listAnswer(ctx.url, visible, entryOf);
      return answer(result, extra);
    }
    const named = ctx.ix
      .effectiveAccess(subject.principal, type, ids)
      .filter((e) => seen(e.id))
      .map(withName);
    const shown = filtered ? named.filter(keep(source, permission, q.get('q') ?? '')) : named;
    const { result, extra } = listAnswer(ctx.url, shown);
    return answer(result, extra);
  }),
];
