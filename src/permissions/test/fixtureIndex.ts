/** The fixture world with its index, and a principal of one of its tokens (acting as its own account unless told). */
import { buildAccessIndex } from '../index';
import type { Principal } from '../index';
import { NOW, fixtureWorld, tokenOf } from './fixtures';

export const world = fixtureWorld();
export const ix = buildAccessIndex(world);
export const p = (tokenId: number, actingCid?: number): Principal => {
  const token = tokenOf(world, tokenId);
  return { token, actingCid: actingCid ?? token.cid, now: NOW };
};
