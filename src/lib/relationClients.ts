/** The dialect's links between records: member devices of a container, grantees of a grant, device commands, received grants. */
import { ENDPOINTS, fillPath, idSelector, membersPattern } from '../contracts/endpoints';
import type { Cid, InstanceType } from '../domain/types';
import type { ApiClient, ApiResult } from './apiClient';
import type { ActAs, ReadOptions, Selector } from './resourceClient';

export function membersClient(api: ApiClient, type: InstanceType, acting: ActAs) {
  const actAs = acting.actAs;
  const path = (sel: Selector, devices: readonly number[] | 'all') =>
    fillPath(membersPattern(type), { sel, dsel: devices === 'all' ? 'all' : idSelector(devices) });
  return {
    list: <T>(sel: Selector, opts: ReadOptions = {}) => api.get<T>(path(sel, 'all'), { ...opts, actAs }),
    add: (sel: Selector, devices: readonly number[]) => api.post(path(sel, devices), undefined, { actAs }),
    remove: (sel: Selector, devices: readonly number[]) => api.delete(path(sel, devices), { actAs }),
  };
}

export function granteesClient(api: ApiClient, acting: ActAs) {
  return {
    unlink: (grant: Selector, accounts: readonly Cid[]) =>
      api.delete(fillPath(ENDPOINTS.grantees, { sel: grant, asel: idSelector(accounts) }), { actAs: acting.actAs }),
  };
}

export const sendCommands = (api: ApiClient, acting: ActAs, device: Selector, commands: readonly unknown[]) =>
  api.post(fillPath(ENDPOINTS.commands, { sel: device }), commands, { actAs: acting.actAs });

/** Grants the acting account receives. */
export const receivedGrants = <T>(api: ApiClient, acting: ActAs, opts: ReadOptions = {}): Promise<ApiResult<T>> =>
  api.get<T>(fillPath(ENDPOINTS.grantors, { sel: 'all' }), { ...opts, actAs: acting.actAs });
