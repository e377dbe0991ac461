/**
 * The root account (the one without a parent) and what only its own master token may do: the mock's
 * reset, export and import of the whole world, which is what the root itself reads.
 */
import type { Account, Cid, Token } from '../domain/types';
import { REFUSE } from './refusals';
import { isMaster } from './tokenFacts';
import type { Refusal } from './types';

export const isRootAccount = (a: Pick<Account, 'owner_id'>): boolean => a.owner_id === 0;

/** Why this principal may not reset, export or import the world; null when it may. */
export function worldAdminRefusal(
  p: { token: Pick<Token, 'access' | 'cid'>; actingCid: Cid },
  accounts: ReadonlyArray<Pick<Account, 'id' | 'owner_id'>>,
): Refusal | null {
  const own = accounts.find((a) => a.id === p.token.cid);
  return isMaster(p.token) && own !== undefined && isRootAccount(own) && p.actingCid === own.id ? null : REFUSE.notWorldAdmin();
}
