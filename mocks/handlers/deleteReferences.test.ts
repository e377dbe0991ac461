/**
 * Found by the write matrix: a DELETE's `references` left out every reference it deleted (an assignment
 * scoped to the deleted device, an account's tokens), because the answer was projected over the world after
 * the delete, where they no longer exist. They are named when the caller read them before the delete.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { personaKey } from '../db/demo/personas';
import { resetMockWorld, server } from '../node';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => void resetMockWorld());
afterAll(() => server.close());

async function remove(path: string): Promise<{ status: number; references: unknown }> {
  const res = await fetch(`http://api.test${path}`, { method: 'DELETE', headers: { authorization: `FlespiToken ${personaKey('acme-admin')}` } });
  const body = (await res.json()) as { references?: unknown };
  return { status: res.status, references: body.references };
}

describe('a DELETE reports the references it deleted', () => {
  it('the role assignment scoped to a deleted device', async () => {
    // Assignment 4 (Contoso Foods) gives devices-operator on device 313 to Fleet App.
    const res = await remove('/gw/devices/313');
    expect(res.status).toBe(200);
    expect(res.references).toContainEqual({ type: 'role-assignments', id: 4, cid: 1005, effect: 'deleted' });
  });
});
