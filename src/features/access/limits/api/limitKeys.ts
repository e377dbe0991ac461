/** Limits (issue 18): `GET /platform/limits/all` and ours `…/<id>/use`, keyed under the access answers. */
import { queryOptions } from '@tanstack/react-query';
import type { ActingAccount } from '../../../../auth/SessionProvider';
import type { ApiClient } from '../../../../lib/apiClient';
import { limitClient } from '../../../../lib/limitClient';
import type { Touched } from '../../../../lib/touchedKeys';

/** A limit write changes the limits, the subaccounts that show theirs, and what creating is allowed. */
export const LIMIT_TOUCHES: readonly Touched[] = ['access', 'subaccounts'];

export const limitKeys = {
  all: (cid: number) => ['access', cid, 'limits'] as const,
  list: (api: ApiClient, acting: ActingAccount) =>
    queryOptions({
      queryKey: limitKeys.all(acting.cid),
      queryFn: ({ signal }) => limitClient(api, acting).list({ signal }),
    }),
  use: (api: ApiClient, acting: ActingAccount, id: number | 'all') =>
    queryOptions({
      queryKey: [...limitKeys.all(acting.cid), id, 'use'] as const,
      queryFn: ({ signal }) => limitClient(api, acting).use(id, { signal }),
    }),
};
