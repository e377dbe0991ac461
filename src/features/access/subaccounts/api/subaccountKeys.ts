import type { Account, Cid } from '../../../../domain/types';
import { recordQueries } from '../../../../lib/recordQueries';

/** A subaccount as `/platform/subaccounts` returns it (`cid`: the account that owns the record). */
export type Subaccount = Account & { cid: Cid };

export const subaccountKeys = recordQueries<Subaccount>('subaccounts');
