/** The hygiene check: `GET /platform/access/<acting cid>/hygiene` (ours; the permission module's findings). */
import { queryOptions } from '@tanstack/react-query';
import type { ActingAccount } from '../../../../auth/SessionProvider';
import { accessClient } from '../../../../lib/accessClient';
import type { ApiClient } from '../../../../lib/apiClient';
import type { HygieneFinding } from '../../../../permissions';
import type { Touched } from '../../../../lib/touchedKeys';

/** Cleaning up deletes grants and role assignments that gave nothing; the findings are access answers. */
export const CLEANUP_TOUCHES: readonly Touched[] = ['grants', 'role-assignments', 'access'];

export const hygieneKeys = {
  all: (cid: number) => ['access', cid, 'hygiene'] as const,
  findings: (api: ApiClient, acting: ActingAccount) =>
    queryOptions({
      queryKey: hygieneKeys.all(acting.cid),
      queryFn: ({ signal }) => accessClient(api, acting).hygiene<HygieneFinding>(acting.cid, { signal }),
    }),
};
