/**
 * The token-only part of the public surface (no world, no indexes): small enough for the login route,
 * which must not pull in the whole module. index.ts re-exports the same functions.
 */
export { isWellFormedKey, TOKEN_KEY_PATTERN, tokenMayUsePlatform, tokenMayUseType, tokenState } from './tokenFacts';
