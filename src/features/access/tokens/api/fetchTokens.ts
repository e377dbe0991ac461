/** Fetchers for `/platform/tokens` (tokens of the acting account's branch). */
import type { Token } from '../../../../domain/types';
import type { ActingAccount } from '../../../../auth/SessionProvider';
import type { ApiClient } from '../../../../lib/apiClient';

export async function fetchTokens(api: ApiClient, acting: ActingAccount, signal?: AbortSignal): Promise<Token[]> {
  return (await api.get<Token>('/platform/tokens/all', { actAs: acting.actAs, signal })).result;
}

/** null when absent or hidden (the server answers 404 or an empty result alike). */
export async function fetchToken(api: ApiClient, acting: ActingAccount, id: number, signal?: AbortSignal): Promise<Token | null> {
  return (await api.get<Token>(`/platform/tokens/${id}`, { actAs: acting.actAs, signal })).result[0] ?? null;
}
