import { queryOptions } from '@tanstack/react-query';
import type { ActingAccount } from '../../../../auth/SessionProvider';
import type { CollectionType } from '../../../../contracts/endpoints';
import { INSTANCE_TYPES } from '../../../../domain/types';
import type { Account, Cid, InstanceType } from '../../../../domain/types';
import type { ApiClient } from '../../../../lib/apiClient';
import { recordQueries } from '../../../../lib/recordQueries';
import { resourceClient } from '../../../../lib/resourceClient';
import type { ResourceClient } from '../../../../lib/resourceClient';
import type { Touched } from '../../../../lib/touchedKeys';
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

/**
 * An account write: deleting one drops its tokens, grants and assignments and unlinks it from grants;
 * blocking one blocks its tokens (perhaps the session's own); a name shows in every access answer.
 */
export const SUBACCOUNT_TOUCHES: readonly Touched[] = ['subaccounts', 'tokens', 'grants', 'role-assignments', 'access', 'customer', 'auth'];

const count = (api: ApiClient, acting: ActingAccount, type: CollectionType, sel: string, signal: AbortSignal) =>
  countOf(resourceClient(api, type, acting), encodeURIComponent(sel), signal);

const countOf = async (records: ResourceClient<unknown>, sel: string, signal: AbortSignal) =>
  countIn(await records.get(sel, { query: { fields: 'id', limit: 0 }, signal }));

/** A paging server counts without sending records; one without paging (flespi) sends them all. */
const countIn = (answer: { result: unknown[]; pagination?: { count: number } }) => answer.pagination?.count ?? answer.result.length;

export const subaccountKeys = {
  ...base,
  /** Instances per owner account, per type (only the ids and owners travel). */
  instanceCounts: (api: ApiClient, acting: ActingAccount) =>
    queryOptions({
      queryKey: [...base.all(acting.cid), 'instance-counts'] as const,
      queryFn: async ({ signal }): Promise<InstanceCounts> => {
        const lists = await Promise.all(
          INSTANCE_TYPES.map(async (type) => (await resourceClient<{ cid: Cid }>(api, type, acting).list({ query: { fields: 'cid' }, signal })).result),
        );
        return Object.fromEntries(INSTANCE_TYPES.map((type, i) => [type, countByCid(lists[i] ?? [])])) as InstanceCounts;
      },
    }),
  holdings: (api: ApiClient, acting: ActingAccount, id: Cid) =>
    queryOptions({
      queryKey: [...base.all(acting.cid), 'holdings', id] as const,
      queryFn: async ({ signal }): Promise<AccountHoldings> => {
        const own = `{cid==${id}}`;
        const [subaccounts, tokens, grants, assignments, ...instances] = await Promise.all([
          count(api, acting, 'subaccounts', `{owner_id==${id}}`, signal),
          count(api, acting, 'tokens', own, signal),
          count(api, acting, 'grants', own, signal),
          count(api, acting, 'role-assignments', `{cid==${id} || subject_cid==${id}}`, signal),
          ...INSTANCE_TYPES.map((type) => count(api, acting, type, own, signal)),
        ]);
        return { subaccounts, tokens, grants, assignments, instances: instances.reduce((a, b) => a + b, 0) };
      },
    }),
};
