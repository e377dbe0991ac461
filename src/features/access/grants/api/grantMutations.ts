import type { Cid } from '../../../../domain/types';
import type { ApiClient } from '../../../../lib/apiClient';
import { granteesClient } from '../../../../lib/relationClients';
import { resourceClient } from '../../../../lib/resourceClient';
import type { ActAs } from '../../../../lib/resourceClient';
import { useApiMutation } from '../../../../auth/useApiMutation';
import type { GrantBody } from '../model/grantDraft';
import { GRANT_TOUCHES } from './grantKeys';
import type { LoadedGrant } from './grantKeys';

const grants = (api: ApiClient, acting: ActAs) => resourceClient<LoadedGrant>(api, 'grants', acting);

/** Creates a grant, or saves a loaded one (`grant` given) with its rev. */
export function useSaveGrant(grant: LoadedGrant | undefined, onSuccess: (saved: LoadedGrant | undefined) => void) {
  return useApiMutation({
    run: async (api, acting, draft: GrantBody) => {
      if (!grant) return grants(api, acting).create(draft);
      const { cid: _grantor, ...change } = draft;
      return grants(api, acting).update(grant.id, change, { method: 'PUT', ifMatch: grant.rev });
    },
    touches: GRANT_TOUCHES,
    success: (_g, draft) => `Grant “${draft.name}” ${grant ? 'saved' : 'created'}`,
    failure: grant ? 'Could not save the grant' : 'Could not create the grant',
    onSuccess,
  });
}

export function useSetGrantEnabled(grant: LoadedGrant, onSuccess: () => void) {
  return useApiMutation({
    run: (api, acting, enabled: boolean) => grants(api, acting).update(grant.id, { enabled }, { method: 'PUT', ifMatch: grant.rev }),
    touches: GRANT_TOUCHES,
    success: (_r, enabled) => `Grant “${grant.name}” ${enabled ? 'enabled' : 'disabled'}`,
    failure: 'Could not change the grant',
    onSuccess,
  });
}

export function useDeleteGrant(grant: LoadedGrant, onSuccess: () => void) {
  return useApiMutation({
    run: (api, acting) => grants(api, acting).delete(grant.id, { ifMatch: grant.rev }),
    touches: GRANT_TOUCHES,
    deletes: () => ({ type: 'grants', id: grant.id }),
    success: () => `Grant “${grant.name}” deleted`,
    failure: 'Could not delete the grant',
    onSuccess,
  });
}

/** Unlinks one grantee (`DELETE /platform/grants/<id>/subaccounts/<cid>`); the grant itself stays. */
export function useRemoveGrantee(grant: LoadedGrant, nameOf: (cid: Cid) => string, onSuccess: () => void) {
  return useApiMutation({
    run: (api, acting, cid: Cid) => granteesClient(api, acting).unlink(grant.id, [cid]),
    touches: GRANT_TOUCHES,
    success: (_r, cid) => `${nameOf(cid) || `Account #${cid}`} removed from grant “${grant.name}”`,
    failure: 'Could not remove the grantee',
    onSuccess,
  });
}
