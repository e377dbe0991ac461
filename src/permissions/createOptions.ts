/**
 * What a create form may offer: the accounts where the principal may create a type, among the accounts it
 * knows. `creatableAccounts` alone is the spec's create decision (the oracle checks it account by account,
 * blocked and unreadable accounts included); an account the principal does not know is still never named,
 * so the offer is that decision seen through the principal's readable view.
 */
import type { Cid } from '../domain/types';
import { engineOf } from './buildAccessIndex';
import type { AccessIndex } from './buildAccessIndex';
import { readableView } from './readableView';
import { tokenKindChoices } from './tokenChoices';
import type { TokenKindChoice } from './tokenChoices';
import type { Principal, RecordType } from './types';

export function createOptions(ix: AccessIndex, p: Principal, type: RecordType): Cid[] {
  const view = readableView(ix, p);
  return ix.creatableAccounts(p, type).filter((cid) => view.may('subaccounts', cid));
}

/** Per account the token form may offer, which token kinds the principal may mint there (with the guard's reason). */
export function tokenKindOptions(ix: AccessIndex, p: Principal): Array<{ cid: Cid; kinds: TokenKindChoice[] }> {
  const engine = engineOf(ix);
  return createOptions(ix, p, 'tokens').map((cid) => ({ cid, kinds: tokenKindChoices(engine, p, cid) }));
}
