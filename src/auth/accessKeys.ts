/**
 * Query options for the server's own answers about the principal (`/platform/access/*`, ours; see
 * NOTES-team.md). Any token kind may ask about itself; the UI predicts with them, the backend decides.
 */
import { queryOptions } from '@tanstack/react-query';
import type { Account, Cid } from '../domain/types';
import { ENDPOINTS } from '../contracts/endpoints';
import { accessClient } from '../lib/accessClient';
import type { ApiClient } from '../lib/apiClient';
import { resourceClient } from '../lib/resourceClient';
import type { AccessEntry, KnownAccount, LockoutChange, LockoutRisk, RecordType } from '../permissions';
import type { ActingAccount } from './SessionProvider';

export interface ActableAccount extends Pick<Account, 'id' | 'name' | 'owner_id'> {
  via: 'self' | 'branch' | 'operate-as';
}

export type NamedAccessEntry = AccessEntry & { name?: string };

/** Answers about the token itself (`/auth/info`, the accounts it may act as): kept when the acting account changes. */
export const sameForEveryActingAccount = (key: readonly unknown[]): boolean => key[0] === 'auth' || (key[0] === 'access' && key[2] === 'accounts');

export const accessKeys = {
  all: (cid: Cid) => ['access', cid] as const,
  /** Accounts the token may act as (asked as its own account). */
  accounts: (api: ApiClient, tokenCid: Cid) =>
    queryOptions({
      queryKey: [...accessKeys.all(tokenCid), 'accounts'] as const,
      queryFn: ({ signal }) => accessClient(api, { actAs: null }).accounts<ActableAccount>(tokenCid, { signal }),
      staleTime: 60_000,
    }),
  /** Names of every account a master token can read (its branch and accounts granted to it), for labels. */
  accountNames: (api: ApiClient, tokenCid: Cid) =>
    queryOptions({
      queryKey: [...accessKeys.all(tokenCid), 'accounts', 'names'] as const,
      queryFn: async ({ signal }) =>
        (await resourceClient<Pick<Account, 'id' | 'name'>>(api, 'subaccounts', { actAs: null }).list({ query: { fields: 'id,name' }, signal })).result,
      staleTime: 60_000,
    }),
  /** Accounts the principal may know by name, as its acting account (every token kind; issue 20). */
  names: (api: ApiClient, acting: ActingAccount) =>
    queryOptions({
      queryKey: [...accessKeys.all(acting.cid), 'names'] as const,
      queryFn: ({ signal }) => accessClient(api, acting).names<KnownAccount>(acting.cid, { signal }),
      staleTime: 60_000,
    }),
  /** The principal's effective access to some items of a type. */
  items: (api: ApiClient, acting: ActingAccount, type: RecordType, ids: readonly number[]) =>
    queryOptions({
      queryKey: [...accessKeys.all(acting.cid), type, 'items', [...ids].sort((a, b) => a - b).join(',')] as const,
      queryFn: async ({ signal }) => (await accessClient(api, acting).entries<NamedAccessEntry>(acting.cid, { type, ids }, { signal })).result,
      staleTime: 30_000,
    }),
  /** Everything of a type the principal reaches (master tokens may ask about one of their `token`s). */
  byType: (api: ApiClient, acting: ActingAccount, type: RecordType, token?: number) =>
    queryOptions({
      queryKey: [...accessKeys.all(acting.cid), type, 'all', token ?? null] as const,
      queryFn: async ({ signal }) => (await accessClient(api, acting).entries<NamedAccessEntry>(acting.cid, { type, token }, { signal })).result,
    }),
  /** Accounts where the principal may create records of a type. */
  create: (api: ApiClient, acting: ActingAccount, type: RecordType) =>
    queryOptions({
      queryKey: [...accessKeys.all(acting.cid), type, 'create'] as const,
      queryFn: ({ signal }) => accessClient(api, acting).creatable(acting.cid, type, { signal }),
      staleTime: 30_000,
    }),
  /** Would this change lock someone out? (`[]`: no; the backend refuses it with 409 otherwise) */
  lockout: (api: ApiClient, acting: ActingAccount, type: RecordType, id: number, change: LockoutChange) =>
    queryOptions({
      queryKey: [...accessKeys.all(acting.cid), type, 'lockout', id, change] as const,
      queryFn: ({ signal }) => accessClient(api, acting).lockout<LockoutRisk>(acting.cid, { type, id, change }, { signal }),
    }),
  /** The acting account itself (`/platform/customer`, open to every token kind). */
  customer: (api: ApiClient, acting: ActingAccount) =>
    queryOptions({
      queryKey: ['customer', acting.cid] as const,
      queryFn: async ({ signal }) => (await api.get<Account>(ENDPOINTS.customer, { actAs: acting.actAs, signal })).result[0] ?? null,
      staleTime: 60_000,
    }),
};
