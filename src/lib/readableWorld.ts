/**
 * The world as the signed-in token can read it, on a server without our access extension (flespi): its
 * token (`/auth/info`), its account (`/platform/customer`), its branch, the grants it made and received, its
 * account's tokens (master tokens) and the instances of the acting account. Only flespi's own endpoints are
 * asked. Accounts the token only hears of (a grantor, a granted subaccount) stand in with their id; a granted
 * subaccount hangs under its grantor, as it does on the server.
 */
import { ENDPOINTS, fillPath } from '../contracts/endpoints';
import { INSTANCE_TYPES, isContainerType } from '../domain/types';
import type { Account, Cid, Grant, Instance, Token, World } from '../domain/types';
import { tokenMayUsePlatform, tokenMayUseType } from '../permissions';
import { isApiError } from './apiClient';
import type { ApiClient } from './apiClient';
import { resourceClient } from './resourceClient';

export interface ReadableWorld {
  world: World;
  /** The signed-in token as /auth/info describes it (no key). */
  token: Token;
}

/** Not a real parent: an account heard of but not read is a root of its own tour, never the root account. */
const UNKNOWN_OWNER = -1;

/** A list the token may not read after all (a refusal, an absent path) adds nothing: the prediction then knows less. */
const orNone = async <T>(read: Promise<T[]>): Promise<T[]> => {
  try {
    return await read;
  } catch (e) {
    if (isApiError(e) && (e.status === 403 || e.status === 404)) return [];
    throw e;
  }
};

const listAs = <T>(api: ApiClient, type: Parameters<typeof resourceClient>[1], actAs: Cid | null, fields?: string): Promise<T[]> =>
  orNone(
    resourceClient<T>(api, type, { actAs })
      .list({ query: fields ? { fields } : {} })
      .then((r) => r.result),
  );

async function assemble(api: ApiClient, actAs: Cid | null): Promise<ReadableWorld> {
  const info = (await api.get<Pick<Token, 'id' | 'cid' | 'access'> & Partial<Token>>(ENDPOINTS.authInfo, { actAs: null })).result[0];
  if (!info) throw new Error('The server described no token.');
  const token: Token = {
    info: '',
    enabled: true,
    expire: 0,
    ttl: 0,
    created: 0,
    accessed: 0,
    ips: '',
    ...info,
    key: '',
    access: { type: info.access.type, acl: info.access.acl ?? [] },
  };
  const may = (type: Parameters<typeof tokenMayUseType>[1]) => tokenMayUseType(token, type);
  // Received grants and the account's tokens are platform paths: master tokens only (the module's rule).
  const master = tokenMayUsePlatform(token);
  const acting = actAs !== null && actAs !== token.cid ? actAs : null;
  const customer = async (cid: Cid | null) => (await api.get<Account>(ENDPOINTS.customer, { actAs: cid })).result;
  const received = (cid: Cid | null) =>
    master ? orNone(api.get<Grant>(fillPath(ENDPOINTS.grantors, { sel: 'all' }), { actAs: cid }).then((r) => r.result)) : [];
  const [own, actingAccount, subs, actingSubs, grants, tokens, got, gotActing, ...instances] = await Promise.all([
    customer(null),
    acting === null ? [] : customer(acting),
    may('subaccounts') ? listAs<Account>(api, 'subaccounts', null) : [],
    acting !== null && may('subaccounts') ? listAs<Account>(api, 'subaccounts', acting) : [],
    may('grants') ? listAs<Grant>(api, 'grants', null) : [],
    master ? listAs<Token>(api, 'tokens', null) : [],
    received(null),
    acting === null ? [] : received(acting),
    ...INSTANCE_TYPES.map((type) => (may(type) ? listAs<Instance>(api, type, acting, isContainerType(type) ? 'id,cid,name,devices' : 'id,cid,name') : [])),
  ]);
  const accounts = new Map<Cid, Account>();
  for (const a of [...own, ...actingAccount, ...subs, ...actingSubs]) accounts.set(a.id, { ...a, blocked: a.blocked === true });
  const allGrants = new Map<number, Grant>();
  for (const g of [...grants, ...got, ...gotActing]) allGrants.set(g.id, g);
  const heard = (id: Cid, owner: Cid = UNKNOWN_OWNER) => {
    if (!accounts.has(id)) accounts.set(id, { id, name: '', owner_id: owner, blocked: false });
  };
  for (const g of allGrants.values()) {
    heard(g.cid);
    for (const item of g.items) if (item.type === 'subaccounts') item.ids.forEach((id) => heard(id, g.cid));
  }
  const byType = Object.fromEntries(INSTANCE_TYPES.map((type, i) => [type, (instances[i] ?? []).map((r) => ({ ...r, type }))])) as World['instances'];
  for (const list of Object.values(byType)) for (const r of list) heard(r.cid);
  const allTokens = tokens.some((t) => t.id === token.id) ? tokens : [...tokens, token];
  return {
    token,
    world: {
      accounts: [...accounts.values()],
      instances: byType,
      tokens: allTokens.map((t) => ({ ...t, key: '' })),
      grants: [...allGrants.values()],
      roles: [],
      roleAssignments: [],
    },
  };
}

/** Questions asked at once share one reading of the world; a later question reads it again (it may have changed). */
const inFlight = new WeakMap<ApiClient, Map<Cid | null, Promise<ReadableWorld>>>();

export function readableWorld(api: ApiClient, actAs: Cid | null): Promise<ReadableWorld> {
  let byActing = inFlight.get(api);
  if (!byActing) inFlight.set(api, (byActing = new Map()));
  const running = byActing.get(actAs);
  if (running) return running;
  const started = assemble(api, actAs).finally(() => byActing.delete(actAs));
  byActing.set(actAs, started);
  return started;
}
