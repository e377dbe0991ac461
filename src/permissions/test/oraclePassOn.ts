/**
 * ORACLE, part 3: no re-share (access-model.md, "Guard rails"). Stated from the oracle's own rules: a right
 * may be passed on (by a grant, a role assignment, a custom role or a token) only when a branch or a role
 * assignment of the acting account gives it; a grant's rules (instance items, whole subaccounts, operate-as)
 * never count, and a token acting outside its own branch (through operate-as) passes nothing on.
 */
import type { Cid, Token, World } from '../../domain/types';
import type { Rule } from '../types';
import { isInBranchOf } from './oracleWorld';

/** Records whose making or changing passes rights on. */
export const ORACLE_PASS_ON = ['tokens', 'grants', 'roles', 'role-assignments'];

/**
 * The rules an account holds as its own: its branch, its role assignments, and the role catalog (reading the
 * built-in roles and its ancestors' custom roles comes from where the account stands, not from a grant).
 */
export const oracleOwn = (rules: readonly Rule[]): Rule[] => rules.filter((r) => r.kind === 'branch' || r.kind === 'role' || r.kind === 'catalog');

/** The token acts as an account outside its own branch (so, if allowed at all, through operate-as). */
export const oracleActsThroughGrant = (w: World, t: Token, acting: Cid): boolean => !isInBranchOf(w, t.cid, acting);
