/** "My access" (`GET /platform/access/<cid>/mine`, ours): one answer per acting account, for every token kind. */
import { queryOptions } from '@tanstack/react-query';
import type { ActingAccount } from '../../../../auth/SessionProvider';
import { accessClient } from '../../../../lib/accessClient';
import type { ApiClient } from '../../../../lib/apiClient';

export interface ReceivedRow {
  type: 'grants' | 'role-assignments';
  id: number;
  name: string;
  from: { cid: number; name: string };
  gives: string[];
  expire: number;
  active: boolean;
}

export interface MyAccess {
  token: { id: number; info: string; kind: string; expire: number; ttl: number; acl: string[] };
  account: { id: number; name: string };
  reach: Array<{ type: string; count: number; may: string[] }>;
  received: ReceivedRow[];
  limits: Array<{ what: string; why: string }>;
}

export const myAccessKeys = {
  mine: (api: ApiClient, acting: ActingAccount) =>
    queryOptions({
      queryKey: ['access', acting.cid, 'mine'] as const,
      queryFn: ({ signal }) => accessClient(api, acting).mine<MyAccess>(acting.cid, { signal }),
    }),
};
