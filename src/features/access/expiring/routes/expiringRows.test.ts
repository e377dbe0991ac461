import { describe, expect, it } from 'vitest';
import type { Grant, RoleAssignment, Token } from '../../../../domain/types';
import { DAY, expiringRows, expiringSoon, extendedExpiry, parseWindow, withinWindow } from './expiringRows';

const NOW = 1_800_000_000;
const token = (id: number, extra: Partial<Token>): Token => ({
  id,
  cid: 1,
  key: '',
  info: `t${id}`,
  enabled: true,
  expire: 0,
  ttl: 0,
  created: NOW - 10 * DAY,
  accessed: NOW - DAY,
  ips: '',
  access: { type: 0, acl: [] },
  ...extra,
});
const grant = (id: number, expire: number): Grant => ({ id, cid: 1, name: `g${id}`, items: [], subaccounts: [], expire, enabled: true });
const assignment = (id: number, expire: number): RoleAssignment => ({ id, cid: 1, role_id: 3, subject_cid: 2, scope: '/accounts/2', expire });

const rows = expiringRows(
  [token(1, { expire: NOW + 3 * DAY }), token(2, { ttl: 7 * DAY }), token(3, { expire: NOW - DAY }), token(4, {})],
  [grant(1, NOW + 5 * DAY), grant(2, 0)],
  [assignment(1, NOW + 30 * DAY), assignment(2, NOW - 2 * DAY)],
  NOW,
  (a) => `${a.role_id === 3 ? 'reader' : '?'} for #${a.subject_cid}`,
);

describe('expiry timeline rows', () => {
  it('lists what ends, soonest first (ttl counted from the last use); never-ending ones are left out', () => {
    expect(rows.map((r) => `${r.kind}:${r.id}`)).toEqual(['role-assignments:2', 'tokens:3', 'tokens:1', 'grants:1', 'tokens:2', 'role-assignments:1']);
    expect(rows.find((r) => r.kind === 'tokens' && r.id === 2)).toMatchObject({ expiresAt: NOW + 6 * DAY, viaTtl: true });
    expect(rows.find((r) => r.kind === 'role-assignments' && r.id === 1)?.name).toBe('reader for #2');
  });
  it('a window keeps expired ones; the badge counts only those still to end within 7 days', () => {
    expect(withinWindow(rows, NOW, 7)).toHaveLength(5);
    expect(withinWindow(rows, NOW, 1).map((r) => r.id)).toEqual([2, 3]);
    expect(expiringSoon(rows, NOW)).toBe(3);
  });
  it('extends from the current end, or from now once expired; the window comes from the URL', () => {
    expect(extendedExpiry({ expiresAt: NOW + DAY }, NOW, 7)).toBe(NOW + 8 * DAY);
    expect(extendedExpiry({ expiresAt: NOW - DAY }, NOW, 7)).toBe(NOW + 7 * DAY);
    expect([parseWindow('7'), parseWindow('5'), parseWindow(null)]).toEqual([7, 30, 30]);
  });
});
