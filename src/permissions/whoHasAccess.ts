/** The reverse question: which accounts (as such) and which usable tokens can read a record, and why. */
import type { UnixTime } from '../domain/types';
import type { Engine } from './engine';
import { kindRefusal } from './tokenFacts';
import { accountToken, entryFor } from './listAccess';
import { tokenState } from './tokenFacts';
import type { RecordType, WhoHasAccess } from './types';

export function whoHasAccess(engine: Engine, type: RecordType, id: number, now: UnixTime): WhoHasAccess {
  const { wt } = engine;
  const result: WhoHasAccess = { accounts: [], tokens: [] };
  const reaching = new Set<number>();
  for (const cid of wt.tour) {
    const e = entryFor(engine, accountToken(cid), cid, now, type, id);
    if (!e) continue;
    reaching.add(cid);
    result.accounts.push({ cid, permissions: e.permissions, rules: e.rules });
  }
  for (const token of wt.world.tokens) {
    if (!reaching.has(token.cid) || wt.blocked.has(token.cid)) continue;
    if (tokenState(token, now).state !== 'active' || kindRefusal(token, type)) continue;
    const e = entryFor(engine, token, token.cid, now, type, id);
    if (e) result.tokens.push({ tokenId: token.id, cid: token.cid, permissions: e.permissions });
  }
  return result;
}
