import { useQuery } from '@tanstack/react-query';
import type { Cid } from '../domain/types';
import { useApiClient } from '../lib/ApiClientProvider';
import { accessKeys } from './accessKeys';
import type { ActableAccount } from './accessKeys';
import { tokenKindLabel } from '../domain/tokenKinds';
import { useRequiredSession } from './SessionProvider';

export interface Identity {
  /** The token's own account. */
  accountName: string;
  kindLabel: string;
  actingCid: Cid;
  actingName: string;
  /** Accounts the token may act as (empty until known, or when the server cannot say). */
  accounts: readonly ActableAccount[];
}

/** Who is signed in, in words: from `/platform/access/<cid>/accounts`, else `/platform/customer`. */
export function useIdentity(): Identity {
  const session = useRequiredSession();
  const api = useApiClient();
  const own = session.info.cid;
  const accounts = useQuery(accessKeys.accounts(api, own));
  const customer = useQuery({ ...accessKeys.customer(api, { cid: own, actAs: null }), enabled: accounts.isError });
  const list = accounts.data ?? [];
  const nameOf = (cid: Cid) => list.find((a) => a.id === cid)?.name ?? (cid === own ? customer.data?.name : undefined) ?? `Account #${cid}`;
  const actingCid = session.actingCid ?? own;
  return { accountName: nameOf(own), kindLabel: tokenKindLabel(session.info.access.type), actingCid, actingName: nameOf(actingCid), accounts: list };
}
