/**
 * What a token form may offer: for an account, which token kinds the principal may create there, each
 * answered by the token guard's own kind gate (so the form never re-states a rule).
 */
import { TOKEN_KINDS } from '../domain/types';
import type { Cid, TokenKind } from '../domain/types';
import type { Engine } from './engine';
import { tokenKindGate } from './tokenGuard';
import type { Principal } from './types';

export interface TokenKindChoice {
  type: TokenKind;
  allowed: boolean;
  /** The guard's refusal, when not allowed. */
  reason?: string;
}

export function tokenKindChoices(engine: Engine, p: Principal, cid: Cid): TokenKindChoice[] {
  return Object.values(TOKEN_KINDS).map((type): TokenKindChoice => {
    const g = tokenKindGate(engine, p, cid, type);
    return g.ok ? { type, allowed: true } : { type, allowed: false, reason: g.refusal.message };
  });
}
