/**
 * Ours: `/platform/access/*`. Every token may ask about its own principal (self-introspection); master
 * tokens may ask about any account they can act as. Answers come from the permission module only.
 */
import { tokenMayUsePlatform } from '../../src/permissions';
import { http } from 'msw';
import { ITEM_TYPES } from '../../src/domain/types';
import type { RecordType } from '../../src/permissions';
import { HttpError, ok } from '../http/respond';
import { param, withPrincipal } from '../http/withPrincipal';
import type { Ctx } from '../http/withPrincipal';

const RECORD_TYPES: readonly string[] = [...ITEM_TYPES, 'role-assignments'];

function recordType(raw: string | null): RecordType {
  if (!raw || !RECORD_TYPES.includes(raw)) throw new HttpError(400, `Query parameter "type" must be one of ${RECORD_TYPES.join(', ')}.`);
  return raw as RecordType;
}

function targetCid(ctx: Ctx): number {
  const raw = param(ctx, 'cid');
  if (!/^\d+$/.test(raw)) throw new HttpError(400, 'The account id in the path must be a number.');
  const cid = Number(raw);
  if (cid === ctx.p.actingCid) return cid;
  if (!tokenMayUsePlatform(ctx.p.token)) throw new HttpError(403, 'A standard or ACL token may only ask about its own access.');
  if (!ctx.ix.actableAccounts(ctx.p.token, ctx.p.now).includes(cid)) throw new HttpError(404, `No account with id ${cid}.`);
  return cid;
}

function parseIds(raw: string | null): number[] | undefined {
  if (raw === null) return undefined;
  if (!/^\d+(,\d+)*$/.test(raw)) throw new HttpError(400, 'Query parameter "ids" must be a comma-separated list of ids.');
  return raw.split(',').map(Number);
}

const nameOf = (ctx: Ctx, type: RecordType, id: number): string => {
  const w = ctx.store.world;
  const list: ReadonlyArray<{ id: number; name?: string; info?: string }> =
    type === 'subaccounts' ? w.accounts : type === 'tokens' ? w.tokens : type === 'grants' ? w.grants : type === 'roles' ? w.roles : type === 'role-assignments' ? [] : w.instances[type];
  const r = list.find((x) => x.id === id);
  return r?.name ?? r?.info ?? `#${id}`;
};

export const accessHandlers = [
  http.get('*/platform/access/:cid/accounts', withPrincipal((ctx) => {
    targetCid(ctx);
    const ids = ctx.ix.actableAccounts(ctx.p.token, ctx.p.now);
    const accounts = ctx.store.world.accounts.filter((a) => ids.includes(a.id));
    return ok(accounts.map((a) => ({ id: a.id, name: a.name, owner_id: a.owner_id, via: ctx.ix.actingVia(ctx.p.token, a.id, ctx.p.now) })));
  })),
  http.get('*/platform/access/:cid/create/:type', withPrincipal((ctx) => {
    targetCid(ctx);
    return ok(ctx.ix.creatableAccounts(ctx.p, recordType(param(ctx, 'type'))));
  })),
  http.get('*/platform/access/:cid', withPrincipal((ctx) => {
    const cid = targetCid(ctx);
    const type = recordType(ctx.url.searchParams.get('type'));
    const ids = parseIds(ctx.url.searchParams.get('ids'));
    const tokenParam = ctx.url.searchParams.get('token');
    let entries;
    if (tokenParam !== null && Number(tokenParam) !== ctx.p.token.id) {
      if (!tokenMayUsePlatform(ctx.p.token)) throw new HttpError(403, 'A standard or ACL token may only ask about its own access.');
      const token = ctx.store.world.tokens.find((t) => t.id === Number(tokenParam));
      if (!token || !ctx.ix.visibleIds(ctx.p, 'tokens').includes(token.id)) throw new HttpError(404, `No token with id ${tokenParam}.`);
      entries = ctx.ix.effectiveAccess({ token, actingCid: token.cid, now: ctx.p.now }, type, ids);
    } else if (cid === ctx.p.actingCid) {
      entries = ctx.ix.effectiveAccess(ctx.p, type, ids);
    } else {
      entries = ctx.ix.accountAccess(cid, type, ctx.p.now, ids);
    }
    return ok(entries.map((e) => ({ ...e, name: nameOf(ctx, e.type, e.id) })));
  })),
];
