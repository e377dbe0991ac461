import { describe, expect, it } from 'vitest';
import { REFUSE } from '../permissions';
import { canAnswer } from './canAnswer';
import type { NamedAccessEntry } from './accessKeys';

const entry: NamedAccessEntry = { type: 'devices', id: 311, cid: 1004, permissions: ['read', 'command'], rules: [], name: 'NW Truck 1' };
const ok = <T>(data: T) => ({ status: 'success' as const, data });

describe('canAnswer', () => {
  it('refuses at once what the token kind can never reach, with the reason', () => {
    expect(canAnswer('read', { type: 'tokens', id: 1 }, REFUSE.kindPlatform(), { status: 'pending' })).toEqual({
      allowed: false,
      pending: false,
      reason: REFUSE.kindPlatform().message,
    });
  });

  it('is pending until the server answers', () => {
    expect(canAnswer('read', { type: 'devices', id: 311 }, null, { status: 'pending' })).toMatchObject({ allowed: false, pending: true });
  });

  it('allows what the server lists among the item permissions, refuses the rest with a reason', () => {
    expect(canAnswer('command', { type: 'devices', id: 311 }, null, ok([entry])).allowed).toBe(true);
    expect(canAnswer('delete', { type: 'devices', id: 311 }, null, ok([entry]))).toMatchObject({
      allowed: false,
      reason: 'No branch, grant or role gives devices:delete here.',
    });
    expect(canAnswer('read', { type: 'devices', id: 999 }, null, ok([entry]))).toMatchObject({ allowed: false, reason: 'Not found.' });
  });

  it('answers create from the accounts the server says one may create in', () => {
    expect(canAnswer('create', { type: 'devices', cid: 1004 }, null, ok([1004, 1011])).allowed).toBe(true);
    expect(canAnswer('create', { type: 'devices', cid: 1005 }, null, ok([1004])).allowed).toBe(false);
    expect(canAnswer('create', { type: 'devices' }, null, ok([])).allowed).toBe(false);
  });

  it('says when the check itself failed', () => {
    expect(canAnswer('read', { type: 'devices', id: 1 }, null, { status: 'error', reason: 'Not found.' }).reason).toBe('Could not check access: Not found.');
  });
});
