/** A token's `ips` applied: a token used from an address its allow-list does not hold is refused (401). */
import { addressAllowed } from '../contracts/ipAllowList';
import type { Token } from '../domain/types';
import { refusal } from './refusals';
import type { Refusal } from './types';

/** The refusal of a token used from an address its `ips` does not list (null: allowed). */
export const addressRefusal = (token: Pick<Token, 'ips'>, clientAddress: string): Refusal | null =>
  addressAllowed(token.ips, clientAddress)
    ? null
    : refusal('token-address', `The token may not be used from ${clientAddress}: its "ips" list does not include it.`);
