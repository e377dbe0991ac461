/**
 * Property-based tests: on random small worlds the module agrees with the oracle (test/oracle.ts) on every
 * decision (status, refusal code, rules), lists exactly the oracle's visible set, and every rule it names
 * exists in the world.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ITEM_TYPES } from '../domain/types';
import type { Action, Token, World } from '../domain/types';
import { BUILTIN_ROLES, buildAccessIndex } from './index';
import type { AccessIndex, AccessRequest, Principal, RecordType } from './index';
import { ORACLE_BUILTINS } from './test/oracleBuiltins';
import { oracleDecide, oracleIds, oracleMayActAs } from './test/oracle';
import type { OracleAnswer } from './test/oracle';
import { oracleItemRules } from './test/oracleRules';
import { ruleExists, ruleSet } from './test/ruleChecks';
import { GEN_NOW, worldArb } from './test/worldArb';

const RECORD_TYPES: readonly RecordType[] = [...ITEM_TYPES, 'role-assignments'];
const ITEM_ACTIONS: readonly Exclude<Action, 'create'>[] = ['read', 'update', 'delete', 'logs', 'command', 'assign'];
const RUNS = Number(process.env.PERMISSION_RUNS ?? 1000);

/** Extra HTTP shapes an ACL token is asked about. */
const SHAPED: ReadonlyArray<Partial<Extract<AccessRequest, { id: number }>>> = [
  { action: 'read', submodule: 'messages' },
  { action: 'update', method: 'PATCH' },
  { action: 'update', submodule: 'settings' },
  { action: 'assign', method: 'DELETE' },
];

function principalsOf(world: World, acting: number[]): Principal[] {
  const out: Principal[] = [];
  world.tokens.forEach((token: Token, i) => {
    out.push({ token, actingCid: token.cid, now: GEN_NOW });
    const other = acting[i];
    if (other !== undefined && other !== token.cid) out.push({ token, actingCid: other, now: GEN_NOW });
  });
  return out;
}

function agree(ix: AccessIndex, world: World, p: Principal, req: AccessRequest): OracleAnswer {
  const want = oracleDecide(world, ORACLE_BUILTINS, p, req);
  const got = ix.decide(p, req);
  const gotText = `${got.status} ${got.refusal?.code ?? ''} ${got.allowed} ${ruleSet(got.rules).join(' | ')}`;
  const wantText = `${want.status} ${want.code ?? ''} ${want.status === 200} ${ruleSet(want.rules).join(' | ')}`;
  // Cheap comparison first; expect() only on a mismatch, with the question in the message.
  if (gotText !== wantText)
    expect({ req, acting: p.actingCid, token: p.token.id, got: gotText }).toEqual({ req, acting: p.actingCid, token: p.token.id, got: wantText });
  for (const r of got.rules) if (!ruleExists(world, ORACLE_BUILTINS, p.actingCid, r)) expect({ req, rule: r }).toEqual({ req, rule: 'a rule that exists' });
  if (got.refusal?.message.includes(p.token.key)) expect(got.refusal.message).not.toContain(p.token.key);
  // The verdict alone (a bit test once memoized) is the oracle's too.
  if (ix.allows(p, req) !== (want.status === 200))
    expect({ req, acting: p.actingCid, token: p.token.id, allows: ix.allows(p, req) }).toEqual({
      req,
      acting: p.actingCid,
      token: p.token.id,
      allows: want.status === 200,
    });
  return want;
}

function checkWorld(world: World, acting: number[], memo: boolean): void {
  // Half the worlds answer hidden items from memoized readable marks, and yes/no questions from bits, from the first question on.
  const ix = buildAccessIndex(world, { readableMemoAfter: memo ? 1 : Infinity, allowedMemoAfter: memo ? 1 : Infinity });
  const accountIds = [...world.accounts.map((a) => a.id), world.accounts.length + 1];
  for (const p of principalsOf(world, acting)) {
    for (const type of RECORD_TYPES) {
      const visible: number[] = [];
      const perms = new Map<number, Action[]>();
      for (const id of [...oracleIds(world, ORACLE_BUILTINS, type), 9999]) {
        for (const action of ITEM_ACTIONS) {
          const ans = agree(ix, world, p, { action, type, id });
          if (ans.status !== 200) continue;
          if (action === 'read') visible.push(id);
          perms.set(id, [...(perms.get(id) ?? []), action]);
        }
        if (p.token.access.type === 2) for (const s of SHAPED) agree(ix, world, p, { action: 'read', ...s, type, id } as AccessRequest);
      }
      visible.sort((a, b) => a - b);
      expect({ type, ids: ix.visibleIds(p, type) }).toEqual({ type, ids: visible });
      const entries = ix.effectiveAccess(p, type);
      expect(entries.map((e) => e.id)).toEqual(visible);
      for (const e of entries) expect([...e.permissions].sort()).toEqual([...(perms.get(e.id) ?? [])].sort());
      for (const cid of accountIds) agree(ix, world, p, { action: 'create', type, cid });
      expect(ix.creatableAccounts(p, type).sort((a, b) => a - b)).toEqual(
        accountIds.filter((cid) => oracleDecide(world, ORACLE_BUILTINS, p, { action: 'create', type, cid }).status === 200).sort((a, b) => a - b),
      );
    }
  }
  for (const token of world.tokens) {
    const may = accountIds.filter((c) => oracleMayActAs(world, token, c, GEN_NOW) && !isBlockedChain(world, c));
    const blockedOwn = isBlockedChain(world, token.cid) || !world.accounts.some((a) => a.id === token.cid);
    expect(ix.actableAccounts(token, GEN_NOW).sort((a, b) => a - b)).toEqual(blockedOwn ? [] : may);
  }
}

function isBlockedChain(world: World, cid: number): boolean {
  let cur = world.accounts.find((a) => a.id === cid);
  for (let i = 0; cur && i < 10; i++) {
    if (cur.blocked) return true;
    const parent = cur.owner_id;
    cur = world.accounts.find((a) => a.id === parent);
  }
  return false;
}

function checkWhoHasAccess(world: World, pickType: number, pickId: number): void {
  const ix = buildAccessIndex(world);
  const type = RECORD_TYPES[pickType % RECORD_TYPES.length] ?? 'devices';
  const ids = oracleIds(world, ORACLE_BUILTINS, type);
  const id = ids[pickId % Math.max(ids.length, 1)];
  if (id === undefined) return;
  const who = ix.whoHasAccess(type, id, GEN_NOW);
  const want = world.accounts
    .filter((a) => (oracleItemRules({ w: world, builtins: ORACLE_BUILTINS, a: a.id, now: GEN_NOW }, type, id, 'read') ?? []).length > 0)
    .map((a) => a.id);
  expect(who.accounts.map((a) => a.cid).sort((a, b) => a - b)).toEqual(want.sort((a, b) => a - b));
  const wantTokens = world.tokens
    .filter(
      (t) =>
        want.includes(t.cid) && oracleDecide(world, ORACLE_BUILTINS, { token: t, actingCid: t.cid, now: GEN_NOW }, { action: 'read', type, id }).status === 200,
    )
    .map((t) => t.id);
  expect(who.tokens.map((t) => t.tokenId).sort((a, b) => a - b)).toEqual(wantTokens.sort((a, b) => a - b));
}

describe('permission module vs oracle', () => {
  it('the built-in catalog matches the spec table', () => {
    for (const r of ORACLE_BUILTINS) {
      const mine = BUILTIN_ROLES.find((x) => x.id === r.id);
      expect(mine?.name).toBe(r.name);
      expect([...(mine?.permissions ?? [])].sort()).toEqual([...r.permissions].sort());
    }
  });

  it(`agrees on every principal, action and item (${RUNS} random worlds)`, () => {
    fc.assert(
      fc.property(worldArb, fc.boolean(), ({ world, acting }, memo) => checkWorld(world, acting, memo)),
      { numRuns: RUNS, seed: process.env.PERMISSION_SEED ? Number(process.env.PERMISSION_SEED) : undefined },
    );
  });

  it('who-has-access lists exactly the accounts and usable tokens the oracle finds', () => {
    fc.assert(
      fc.property(worldArb, fc.nat(), fc.nat(), ({ world }, t, i) => checkWhoHasAccess(world, t, i)),
      { numRuns: Math.max(100, Math.floor(RUNS / 4)) },
    );
  });
});
