import { queryOptions } from '@tanstack/react-query';
import type { ActingAccount } from '../../../../auth/SessionProvider';
import { INSTANCE_TYPES } from '../../../../domain/types';
import type { Account, Cid, InstanceType } from '../../../../domain/types';
import type { ApiClient } from '../../../../lib/apiClient';
import { recordQueries } from '../../../../lib/recordQueries';
import { countByCid } from '../accountTree';

/** A subaccount as `/platform/subaccounts` returns it (`cid`: the account that owns the record). */
export type Subaccount = Account & { cid: Cid; rev?: number };

export type InstanceCounts = Record<InstanceType, Map<Cid, number>>;

/** What deleting an account takes with it, as far as the principal can see. */
export interface AccountHoldings {
  subaccounts: number;
  instances: number;
  tokens: number;
  grants: number;
  assignments: number;
}

const base = recordQueries<Subaccount>('subaccounts');

const countOf = async (api: ApiClient, acting: ActingAccount, path: string, signal: AbortSignal) =>
  (await api.get(path, { query: { fields: 'id', limit: 0 }, actAs: acting.actAs, signal })).pagination?.count ?? 0;

export const subaccountKeys = {
  ...base,
  /** Instances per owner account, per type (only the ids and owners travel). */
  instanceCounts: (api: ApiClient, acting: ActingAccount) =>
    queryOptions({
      queryKey: [...base.all(acting.cid), 'instance-counts'] as const,
      queryFn: async ({ signal }): Promise<InstanceCounts> => {
        const lists = await Promise.all(
          INSTANCE_TYPES.map(async (type) => (await api.get<{ cid: Cid }>(`/gw/${type}/all`, { query: { fields: 'cid' }, actAs: acting.actAs, signal })).result),
        );
        return Object.fromEntries(INSTANCE_TYPES.map((type, i) => [type, countByCid(lists[i] ?? [])])) as InstanceCounts;
      },
    }),
  holdings: (api: ApiClient, acting: ActingAccount, id: Cid) =>
    queryOptions({
      queryKey: [...base.all(acting.cid), 'holdings', id] as const,
      queryFn: async ({ signal }): Promise<AccountHoldings> => {
        const own = encodeURIComponent(`{cid==${id}}`);
        const [subaccounts, tokens, grants, assignments, ...instances] = await Promise.all([
          countOf(api, acting, `/platform/subaccounts/${encodeURIComponent(`{owner_id==${id}}`)}`, signal),
          countOf(api, acting, `/platform/tokens/${own}`, signal),
          countOf(api, acting, `/platform/grants/${own}`, signal),
          countOf(api, acting, `/platform/role-assignments/${encodeURIComponent(`{cid==${id} || subject_cid==${id}}`)}`, signal),
          ...INSTANCE_TYPES.map((type) => countOf(api, acting, `/gw/${type}/${own}`, signal)),
        ]);
        return { subaccounts, tokens, grants, assignments, instances: instances.reduce((a, b) => a + b, 0) };
      },
    }),
};
