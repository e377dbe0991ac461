import { useQuery } from '@tanstack/react-query';
import { accessKeys } from '../../../auth/accessKeys';
import { useActingQuery } from '../../../auth/useActingQuery';
import { useRequiredSession } from '../../../auth/SessionProvider';
import type { Cid } from '../../../domain/types';
import { useApiClient } from '../../../lib/ApiClientProvider';
import type { Picked } from './model/grantDraft';

/**
 * The accounts a grant form offers: grantors (where the server says the principal may create grants),
 * grantees (every account the token can read), and each grantor's subaccounts (for subaccount items).
 */
export function useGrantAccounts() {
  const session = useRequiredSession();
  const api = useApiClient();
  const grantors = useActingQuery((a, acting) => accessKeys.create(a, acting, 'grants'));
  const readable = useQuery(accessKeys.accountNames(api, session.info.cid));
  const actable = useQuery(accessKeys.accounts(api, session.info.cid));
  const tree = actable.data ?? [];
  const subaccountsOf = (grantor: Cid): Picked[] => {
    const below = new Set<Cid>([grantor]);
    const out: Picked[] = [];
    // Parents come before children in the answer; loop until no account is added, whatever the order.
    for (let added = true; added;) {
      added = false;
      for (const a of tree) {
        if (!below.has(a.id) && below.has(a.owner_id)) {
          below.add(a.id);
          out.push({ id: a.id, name: a.name });
          added = true;
        }
      }
    }
    return out;
  };
  return { grantors: grantors.data ?? [], addressable: readable.data ?? [], subaccountsOf };
}
