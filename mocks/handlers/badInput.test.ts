/**
 * The bad-input battery: every write endpoint, at least ten malformed requests each, every one a clear 4xx
 * with a reason, and the world unchanged afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personaKey } from '../db/demo/personas';
import { getStore } from '../db/backend';
import { resetMockWorld, server } from '../node';

const long = 'x'.repeat(300);
const NOT_JSON = Symbol('not json');
type Payload = unknown;

const createBodies: Payload[] = [
  NOT_JSON,
  {},
  [],
  [1],
  [null],
  ['text'],
  [{ name: 5 }],
  [{ unknownField: 1 }],
  [{ name: long }],
  [{ name: '<b>x</b>', cid: 'abc' }],
  [{ name: 'ok', cid: 99999999 }],
  'plain string',
];
const updateBodies: Payload[] = [
  NOT_JSON,
  [],
  null,
  5,
  { name: 5 },
  { unknownField: 1 },
  { name: long },
  { name: '' },
  { metadata: 'not an object' },
  { id: 7 },
  { cid: 1 },
];

const creates = [
  '/platform/subaccounts',
  '/platform/tokens',
  '/platform/grants',
  '/platform/roles',
  '/platform/role-assignments',
  '/gw/devices',
  '/gw/channels',
  '/gw/streams',
  '/gw/calcs',
  '/gw/plugins',
  '/gw/groups',
];
const updates = [
  '/platform/subaccounts/1004',
  '/platform/tokens/2',
  '/platform/grants/1',
  '/platform/roles/1',
  '/platform/role-assignments/1',
  '/gw/devices/100',
  '/gw/channels/1',
  '/gw/streams/1',
  '/gw/calcs/1',
  '/gw/plugins/1',
  '/gw/groups/1',
  '/platform/customer',
];
const others: Array<[string, string, Payload]> = [
  ...[
    NOT_JSON,
    {},
    { name: 5 },
    { name: '' },
    { name: long },
    { name: 'x', properties: 'no' },
    { name: 'x', extra: 1 },
    [{ name: 'ok' }, { name: 7 }],
    null,
    'text',
  ].map((b): [string, string, Payload] => ['POST', '/gw/devices/100/commands', b]),
  ...['abc', '1,,2', '99999', '-1', '{x', 'all', '1;2', '%20', '1.5', 'a=b'].map((sel): [string, string, Payload] => [
    'POST',
    `/platform/grants/1/subaccounts/${sel}`,
    undefined,
  ]),
  ...['{', '{name==', '{==x}', '{a=="b" ||}', '((', 'name', '1,,2', '{a=="b" && (c=="d"}', '{a~b}', '{"x"}'].map((sel): [string, string, Payload] => [
    'PUT',
    `/gw/devices/${encodeURIComponent(sel)}`,
    { name: 'x' },
  ]),
];

const cases: Array<[string, string, Payload]> = [
  ...creates.flatMap((path) => createBodies.map((b): [string, string, Payload] => ['POST', path, b])),
  ...updates.flatMap((path) => updateBodies.map((b): [string, string, Payload] => [path === '/platform/customer' ? 'PUT' : 'PATCH', path, b])),
  ...others,
];

const worldJson = () => JSON.stringify({ ...getStore().snapshot().world, tokens: getStore().world.tokens.map(({ accessed: _a, ...t }) => t) });

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
  resetMockWorld();
});
afterAll(() => server.close());

describe('bad input is refused and changes nothing', () => {
  it.each(cases.map(([m, p, b], i) => [i, m, p, b] as const))('#%i %s %s', async (_i, method, path, payload) => {
    const before = worldJson();
    const res = await fetch(`http://api.test${path}`, {
      method,
      headers: { authorization: `FlespiToken ${personaKey('acme-admin')}`, 'content-type': 'application/json' },
      body: payload === undefined ? undefined : payload === NOT_JSON ? '{not json' : JSON.stringify(payload),
    });
    const body = (await res.json()) as { errors?: Array<{ reason: string }> };
    expect(res.status, JSON.stringify(body)).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(body.errors?.[0]?.reason.length).toBeGreaterThan(8);
    expect(worldJson()).toBe(before);
  });
});
