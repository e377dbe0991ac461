/**
 * "Can I?" predicted in the browser, for a server without our `/platform/access` (flespi): the permission
 * module's own answers over the world the token can read (readableWorld.ts). Where the readable world is
 * short of the server's (roles, a grantor's other records), a prediction may be wrong: the server then
 * refuses the write, and its reason is shown as any refusal is.
 */
import { ENDPOINTS } from '../contracts/endpoints';
import { ABSENT_EXTENSIONS_WHY } from '../contracts/absentExtensions';
import { recordsOf } from '../domain/records';
import { ACTIONS, isInstanceType } from '../domain/types';
import type { Action, Cid, World } from '../domain/types';
import {
  buildAccessIndex,
  createOptions,
  describeAclReach,
  knownAccounts,
  lockoutRisk,
  myAccessAnswer,
  readableView,
  ruleNamer,
  tokenKindOptions,
} from '../permissions';
import type { AccessEntry, LockoutChange, Principal, RecordType } from '../permissions';
import type { AccessClient } from './accessClient';
import { ApiError } from './ApiError';
import type { ApiClient, ApiResult } from './apiClient';
import { readableWorld } from './readableWorld';
import type { ActAs, Query } from './resourceClient';

const nowSeconds = () => Math.floor(Date.now() / 1000);

function nameIn(world: World, type: RecordType): (id: number) => string {
  // Roles and role assignments are not named here (the readable world of a flespi server has none).
  const list: ReadonlyArray<{ id: number; name?: string; info?: string }> = type === 'roles' || type === 'role-assignments' ? [] : recordsOf(world, type);
  const names = new Map(list.map((r) => [r.id, r.name || r.info || '']));
  return (id) => names.get(id) || `#${id}`;
}

const text = (q: Query, name: string): string | null => {
  const v = q[name];
  return v === undefined || v === null ? null : String(v);
};
const idsOf = (q: Query, name: string): number[] | undefined => {
  const v = q[name];
  if (v === undefined || v === null) return undefined;
  return (Array.isArray(v) ? v : String(v).split(',')).map(Number);
};

/**
 * An instance the server listed to this principal is one it may read, whatever gave it (a grant its account
 * receives is not readable to a standard or ACL token): at least `read`, never more than the server showed.
 */
function withListedReads(world: World, type: RecordType, ids: readonly number[] | undefined, entries: AccessEntry[]): AccessEntry[] {
  if (!isInstanceType(type)) return entries;
  const known = new Set(entries.map((e) => e.id));
  const wanted = ids && new Set(ids);
  const listed = world.instances[type].filter((r) => !known.has(r.id) && (!wanted || wanted.has(r.id)));
  return [...entries, ...listed.map((r): AccessEntry => ({ type, id: r.id, cid: r.cid, permissions: ['read'], rules: [] }))];
}

/** Ours alone (explorer, hygiene, who, previews): the panel hides them on a flespi server; a call here is a bug. */
const absent = (): never => {
  throw new ApiError('http', 501, [{ code: 501, reason: ABSENT_EXTENSIONS_WHY }], 'an access question only our backend answers');
};

export function predictingAccessClient(api: ApiClient, acting: ActAs): AccessClient {
  const load = async () => {
    const { world, token } = await readableWorld(api, acting.actAs);
    const ix = buildAccessIndex(world);
    const p: Principal = { token, actingCid: acting.actAs ?? token.cid, now: nowSeconds() };
    return { world, token, ix, p };
  };
  return {
    entries: async <T>(_cid: Cid, query: Query): Promise<ApiResult<T>> => {
      const { world, ix, p } = await load();
      const type = text(query, 'type') as RecordType;
      const tokenId = idsOf(query, 'token')?.[0];
      const subjectToken = tokenId === undefined ? null : world.tokens.find((t) => t.id === tokenId);
      if (subjectToken === undefined) return { result: [] };
      const subject: Principal = subjectToken === null ? p : { token: subjectToken, actingCid: subjectToken.cid, now: p.now };
      const view = readableView(ix, p);
      const nameRules = ruleNamer(ix, view);
      const name = nameIn(world, type);
      const permission = text(query, 'permission') as Action | null;
      const needle = (text(query, 'q') ?? '').trim().toLowerCase();
      const ids = idsOf(query, 'ids');
      // About another token (master tokens): only what the caller reads; the caller's own listing says nothing of it.
      const entries = (
        subject === p
          ? withListedReads(world, type, ids, ix.effectiveAccess(p, type, ids))
          : ix.effectiveAccess(subject, type, ids).filter((e) => view.may(type, e.id))
      )
        .map((e: AccessEntry) => {
          const acl = subjectToken && isInstanceType(type) ? describeAclReach(subjectToken, type, e.id, (id) => (view.may(type, id) ? name(id) : null)) : null;
          const named = { ...e, rules: nameRules(e.rules), name: name(e.id) };
          return acl === null ? named : { ...named, acl };
        })
        .filter(
          (e) =>
            (permission === null || !ACTIONS.includes(permission) || e.permissions.includes(permission)) &&
            (needle === '' || e.name.toLowerCase().includes(needle) || String(e.id) === needle),
        );
      const limit = idsOf(query, 'limit')?.[0];
      return { result: (limit === undefined ? entries : entries.slice(0, limit)) as T[] };
    },
    accounts: async <T>(): Promise<T[]> => {
      const { world, token, ix, p } = await load();
      const byId = new Map(world.accounts.map((a) => [a.id, a]));
      const rows = await Promise.all(
        ix.actableAccounts(token, p.now).map(async (id) => {
          const a = byId.get(id);
          // An account heard of through an operate-as grant: its name is its own customer record's.
          const name = a?.name || (await api.get<{ name: string }>(ENDPOINTS.customer, { actAs: id })).result[0]?.name || `#${id}`;
          return { id, name, owner_id: a?.owner_id ?? 0, via: ix.actingVia(token, id, p.now) };
        }),
      );
      return rows as T[];
    },
    creatable: async (_cid, type) => {
      const { ix, p } = await load();
      return createOptions(ix, p, type as RecordType);
    },
    lockout: async <T>(_cid: Cid, query: Query): Promise<T | null> => {
      const { ix, p } = await load();
      const risk = lockoutRisk(ix, p, {
        type: text(query, 'type') as RecordType,
        ids: idsOf(query, 'id') ?? [],
        change: text(query, 'change') as LockoutChange,
      });
      return (risk ?? null) as T | null;
    },
    tokenKinds: async <T>(): Promise<T[]> => {
      const { world, ix, p } = await load();
      const name = nameIn(world, 'subaccounts');
      return tokenKindOptions(ix, p).map(({ cid, kinds }) => ({ cid, name: name(cid), kinds })) as T[];
    },
    mine: async <T>(): Promise<T | null> => {
      const { ix, p } = await load();
      return myAccessAnswer(ix, p) as T;
    },
    names: async <T>(): Promise<T[]> => {
      const { ix, p } = await load();
      return knownAccounts(ix, p) as T[];
    },
    hygiene: async () => absent(),
    why: async () => absent(),
    who: async () => absent(),
    preview: async () => absent(),
  };
}
