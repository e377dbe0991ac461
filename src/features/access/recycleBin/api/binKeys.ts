/** The recycle bin's queries: what the acting account sees in it (`GET /platform/deleted/all`). */
import { queryOptions } from '@tanstack/react-query';
import type { ActingAccount } from '../../../../auth/SessionProvider';
import type { ApiClient } from '../../../../lib/apiClient';
import { binClient } from '../../../../lib/binClient';
import type { Touched } from '../../../../lib/touchedKeys';

/** A restore brings back records of any type, and with them access. */
export const RESTORE_TOUCHES: readonly Touched[] = [
  'subaccounts',
  'tokens',
  'grants',
  'roles',
  'role-assignments',
  'devices',
  'channels',
  'streams',
  'calcs',
  'plugins',
  'groups',
  'access',
];

export const binKeys = {
  all: (cid: number) => ['deleted', cid] as const,
  list: (api: ApiClient, acting: ActingAccount) =>
    queryOptions({
      queryKey: binKeys.all(acting.cid),
      queryFn: ({ signal }) => binClient(api, acting).list({ signal }),
      // Anything deleted anywhere lands here: always asked afresh when the screen opens.
      staleTime: 0,
    }),
};
