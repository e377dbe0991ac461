/** The hygiene check: `GET /platform/access/<acting cid>/hygiene` (ours; the permission module's findings). */
import { queryOptions } from '@tanstack/react-query';
import type { ActingAccount } from '../../../../auth/SessionProvider';
import type { ApiClient } from '../../../../lib/apiClient';
import type { HygieneFinding } from '../../../../permissions';

export const hygieneKeys = {
  all: (cid: number) => ['access', cid, 'hygiene'] as const,
  findings: (api: ApiClient, acting: ActingAccount) =>
    queryOptions({
      queryKey: hygieneKeys.all(acting.cid),
      queryFn: async ({ signal }) => (await api.get<HygieneFinding>(`/platform/access/${acting.cid}/hygiene`, { actAs: acting.actAs, signal })).result,
    }),
};
