/** A row of `decide`'s table tests (`decide.test.ts`, `decideTokens.test.ts`) and how it is checked. */
import { expect } from 'vitest';
import type { AccessRequest, Decision, RefusalCode } from '../index';
import { ruleKey } from '../ruleList';
import { ix, p } from './fixtureIndex';

export const ask = (tokenId: number, req: AccessRequest, acting?: number): Decision => ix.decide(p(tokenId, acting), req);

export interface Row {
  name: string;
  token: number;
  acting?: number;
  req: AccessRequest;
  status: Decision['status'];
  code?: RefusalCode;
  /** Rule keys (see ruleList.ruleKey), exactly. */
  rules?: string[];
}

export function checkRow(row: Row): void {
  const d = ask(row.token, row.req, row.acting);
  expect(d.status).toBe(row.status);
  expect(d.allowed).toBe(row.status === 200);
  if (row.code) expect(d.refusal?.code).toBe(row.code);
  if (row.rules) expect(d.rules.map(ruleKey).sort()).toEqual([...row.rules].sort());
  if (!d.allowed) expect(d.rules).toEqual([]);
}
