/** The drafts the guards' table tests (`guards.test.ts`) are written in, and how a row's expected result is checked. */
import { expect } from 'vitest';
import type { GuardResult } from '../index';
import type { Grant, RoleAssignment, Token } from '../../domain/types';
import { FUTURE } from './fixtures';

export const expectResult = (r: GuardResult, want: { status?: number; field?: string; code?: string }): void => {
  if (want.status === undefined) {
    expect(r).toEqual({ ok: true });
    return;
  }
  expect(r.ok).toBe(false);
  if (!r.ok) {
    expect(r.status).toBe(want.status);
    if (want.field !== undefined) expect(r.field).toBe(want.field);
    if (want.code) expect(r.refusal.code).toBe(want.code);
  }
};

type TokenDraft = Omit<Token, 'id' | 'key' | 'created' | 'accessed'>;
export const tokenDraft = (cid: number, access: Token['access'], extra: Partial<TokenDraft> = {}): TokenDraft => ({
  cid,
  info: 'draft',
  enabled: true,
  expire: FUTURE,
  ttl: 0,
  ips: '',
  access,
  ...extra,
});

export const grantDraft = (cid: number, items: Grant['items'], subaccounts = [8]): Omit<Grant, 'id'> => ({
  cid,
  name: 'draft',
  items,
  subaccounts,
  expire: 0,
  enabled: true,
});

export const assignment = (cid: number, role_id: number, subject_cid: number, scope: string): Omit<RoleAssignment, 'id'> => ({
  cid,
  role_id,
  subject_cid,
  scope,
  expire: 0,
});
