/**
 * `useCan(action, item)`: may the signed-in principal do this? The token kind is answered at once by the
 * permission module (`typeRefusal`); the rest by the server's `/platform/access/*` answers, which
 * come from the same module. Screens hide what can never be reached and disable, with `reason`, the rest.
 */
import { useQuery } from '@tanstack/react-query';
import type { UseQueryResult } from '@tanstack/react-query';
import type { Action } from '../domain/types';
import { isApiError } from '../lib/apiClient';
import { useApiClient } from '../lib/ApiClientProvider';
import { typeRefusal } from '../permissions';
import { accessKeys } from './accessKeys';
import { canAnswer } from './canAnswer';
import type { CanAnswer, CanItem, ServerAnswer } from './canAnswer';
import { useActingAccount, useRequiredSession } from './SessionProvider';

export type { CanAnswer, CanItem } from './canAnswer';

function serverAnswer<T>(q: UseQueryResult<T>): ServerAnswer<T> {
  if (q.isPending) return { status: 'pending' };
  if (q.isError) return { status: 'error', reason: isApiError(q.error) ? q.error.reason : 'unknown error' };
  return { status: 'success', data: q.data };
}

export function useCan(action: Action, item: CanItem): CanAnswer {
  const session = useRequiredSession();
  const acting = useActingAccount();
  const api = useApiClient();
  const byKind = typeRefusal(session.info, item.type);
  const isCreate = action === 'create';
  const id = 'id' in item ? item.id : null;
  const entries = useQuery({ ...accessKeys.items(api, acting, item.type, id === null ? [] : [id]), enabled: !byKind && !isCreate && id !== null });
  const creatable = useQuery({ ...accessKeys.create(api, acting, item.type), enabled: !byKind && isCreate });
  return canAnswer(action, item, byKind, isCreate ? serverAnswer(creatable) : serverAnswer(entries));
}

/**
 * `useCan` for the rows of a list: one request for all their ids, then `(action, id) => CanAnswer`
 * per row (same rules, same reasons).
 */
export function useCanEach(type: CanItem['type'], ids: readonly number[]): (action: Action, id: number) => CanAnswer {
  const session = useRequiredSession();
  const acting = useActingAccount();
  const api = useApiClient();
  const byKind = typeRefusal(session.info, type);
  const entries = useQuery({ ...accessKeys.items(api, acting, type, ids), enabled: !byKind && ids.length > 0 });
  const answer = serverAnswer(entries);
  return (action, id) => canAnswer(action, { type, id }, byKind, answer);
}
