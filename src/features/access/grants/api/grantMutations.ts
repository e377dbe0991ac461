import type { Cid } from '../../../../domain/types';
import { useApiMutation } from '../../../../lib/useApiMutation';
import type { GrantBody } from '../model/grantDraft';
import type { LoadedGrant } from './grantKeys';

const first = (r: { result: LoadedGrant[] }) => r.result[0];

/** Creates a grant, or saves a loaded one (`grant` given) with its rev. */
export function useSaveGrant(grant: LoadedGrant | undefined, onSuccess: (saved: LoadedGrant | undefined) => void) {
  return useApiMutation({
    run: async (api, acting, draft: GrantBody) => {
      if (!grant) return first(await api.post<LoadedGrant>('/platform/grants', [draft], { actAs: acting.actAs }));
      const { cid: _grantor, ...change } = draft;
      return first(await api.put<LoadedGrant>(`/platform/grants/${grant.id}`, change, { actAs: acting.actAs, ifMatch: grant.rev }));
    },
    success: (_g, draft) => `Grant “${draft.name}” ${grant ? 'saved' : 'created'}`,
    failure: grant ? 'Could not save the grant' : 'Could not create the grant',
    onSuccess,
  });
}

export function useSetGrantEnabled(grant: LoadedGrant, onSuccess: () => void) {
  return useApiMutation({
    run: (api, acting, enabled: boolean) => api.put(`/platform/grants/${grant.id}`, { enabled }, { actAs: acting.actAs, ifMatch: grant.rev }),
    success: (_r, enabled) => `Grant “${grant.name}” ${enabled ? 'enabled' : 'disabled'}`,
    failure: 'Could not change the grant',
    onSuccess,
  });
}

export function useDeleteGrant(grant: LoadedGrant, onSuccess: () => void) {
  return useApiMutation({
    run: (api, acting) => api.delete(`/platform/grants/${grant.id}`, { actAs: acting.actAs, ifMatch: grant.rev }),
    success: () => `Grant “${grant.name}” deleted`,
    failure: 'Could not delete the grant',
    onSuccess,
  });
}

/** Unlinks one grantee (`DELETE /platform/grants/<id>/subaccounts/<cid>`); the grant itself stays. */
export function useRemoveGrantee(grant: LoadedGrant, nameOf: (cid: Cid) => string, onSuccess: () => void) {
  return useApiMutation({
    run: (api, acting, cid: Cid) => api.delete(`/platform/grants/${grant.id}/subaccounts/${cid}`, { actAs: acting.actAs }),
    success: (_r, cid) => `${nameOf(cid) || `Account #${cid}`} removed from grant “${grant.name}”`,
    failure: 'Could not remove the grantee',
    onSuccess,
  });
}
