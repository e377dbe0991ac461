/** Regressions of what the write matrix (writeMatrix.property.test.ts) found, through msw/node on the demo world. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { personaKey } from '../db/demo/personas';
import { resetMockWorld, server } from '../node';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => void resetMockWorld());
afterAll(() => server.close());

async function call(method: string, path: string, body?: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`http://api.test${path}`, {
    method,
    headers: { authorization: `FlespiToken ${personaKey('acme-admin')}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('a DELETE reports the references it deleted', () => {
  // The answer was projected over the world after the delete, where the deleted references no longer exist.
  it('the role assignment scoped to a deleted device', async () => {
    // Assignment 4 (Contoso Foods) gives devices-operator on device 313 to Fleet App.
    const res = await call('DELETE', '/gw/devices/313');
    expect(res.status).toBe(200);
    expect(res.body['references']).toContainEqual({ type: 'role-assignments', id: 4, cid: 1005, effect: 'deleted' });
  });
});

describe('free keys named like Object.prototype members', () => {
  // The projection looked such keys up through the prototype: the write was stored, then answered 500, and so was every read of the record.
  it('are stored and answered like any other key', async () => {
    const metadata = { valueOf: [1, 2], hasOwnProperty: ['x'], toString: [3] };
    const write = await call('PATCH', '/gw/devices/301', { metadata });
    expect(write.status).toBe(200);
    const read = await call('GET', '/gw/devices/301');
    expect(read.status).toBe(200);
    expect((read.body['result'] as Array<Record<string, unknown>>)[0]?.['metadata']).toEqual(metadata);
  });
});
