/**
 * npm run bench (second part): what one write costs on the large world against the same write on the demo
 * world, through the mock's own handlers (msw's getResponse, as `npm run api` serves them): PATCH one device
 * (and then list the devices), create one, delete one, rename an account and block it (then unblock it). Each
 * timed write ends with the store's index ready for the next question (re-indexing included). A ratio near 1
 * means a write costs the change, not the world.
 */
import { getResponse } from 'msw';
import { installStore } from '../mocks/db/backend';
import { demoState } from '../mocks/db/initialState';
import { buildLargeState } from '../mocks/db/largeState';
import { flespiFieldsOf } from '../mocks/db/instanceFields';
import { Store } from '../mocks/db/store';
import type { StoredState } from '../mocks/db/store';
import { handlers } from '../mocks/handlers';
import { fmt, ratio, table } from './measure';

const REPS = Number(process.env.BENCH_REPS ?? 15);

async function call(key: string, method: string, path: string, body?: unknown): Promise<unknown> {
  const init: RequestInit = { method, headers: { authorization: `FlespiToken ${key}`, 'content-type': 'application/json' } };
  if (body !== undefined) init.body = JSON.stringify(body);
  const res = await getResponse(handlers, new Request(`http://bench.test${path}`, init));
  if (!res || res.status !== 200) throw new Error(`${method} ${path}: ${res?.status ?? 'no answer'} ${res ? await res.text() : ''}`);
  return res.json();
}

/** The id of the first record of a flespi answer (`{result: [{id…}]}`). */
const firstId = (answer: unknown): number => {
  const id = (answer as { result?: Array<{ id?: unknown }> }).result?.[0]?.id;
  if (typeof id !== 'number') throw new Error('no id in the answer');
  return id;
};

async function timeAsync(reps: number, fn: (i: number) => Promise<unknown>, warmup = 5): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn(i);
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    await fn(warmup + i);
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? 0;
}

/** The root account's usable master token, one of its devices and one of its direct subaccounts. */
function rootOf(state: StoredState): { key: string; root: number; device: number; account: number } {
  const w = state.world;
  const root = w.accounts.find((a) => a.owner_id === 0)?.id;
  const token = w.tokens.find((t) => t.cid === root && t.access.type === 1 && t.enabled);
  const device = w.instances.devices.find((d) => d.cid === root) ?? w.instances.devices[0];
  const account = w.accounts.find((a) => a.owner_id === root && !a.blocked);
  if (root === undefined || !token || !device || !account) throw new Error('no root master token, device or subaccount');
  return { key: token.key, root, device: device.id, account: account.id };
}

const ROWS = {
  patch: 'PATCH one device (rename)',
  patchList: 'PATCH one device, then list 25 devices',
  create: 'POST one device (create)',
  remove: 'DELETE one device',
  rename: 'PUT one account (rename)',
  block: 'PUT one account (block, then unblock: two writes)',
} as const;
type Row = keyof typeof ROWS;

async function writeCost(state: StoredState): Promise<Record<Row, number>> {
  const store = installStore(new Store(state));
  store.index();
  const { key, root, device, account } = rootOf(state);
  // Each write, then the store's index for the next question (already built when the answer needed it).
  const write = async (method: string, path: string, body?: unknown): Promise<unknown> => {
    const answer = await call(key, method, path, body);
    store.index();
    return answer;
  };
  const newDevice = (i: number) => write('POST', '/gw/devices', [{ name: `bench new ${i}`, cid: root, ...flespiFieldsOf('devices', i + 1) }]);
  const out: Partial<Record<Row, number>> = {};
  out.patch = await timeAsync(REPS, (i) => write('PATCH', `/gw/devices/${device}`, { name: `bench ${i}` }));
  out.patchList = await timeAsync(REPS, async (i) => {
    await write('PATCH', `/gw/devices/${device}`, { name: `bench list ${i}` });
    await call(key, 'GET', '/gw/devices/all?limit=25&fields=id,name');
  });
  out.create = await timeAsync(REPS, (i) => newDevice(i));
  // The devices to delete are made first, untimed.
  const made: number[] = [];
  for (let i = 0; i < REPS + 5; i++) made.push(firstId(await newDevice(1000 + i)));
  out.remove = await timeAsync(REPS, (i) => write('DELETE', `/gw/devices/${made[i] ?? 0}`));
  out.rename = await timeAsync(REPS, (i) => write('PUT', `/platform/subaccounts/${account}`, { name: `bench account ${i}` }));
  out.block = await timeAsync(REPS, async () => {
    await write('PUT', `/platform/subaccounts/${account}`, { blocked: true });
    await write('PUT', `/platform/subaccounts/${account}`, { blocked: false });
  });
  return out as Record<Row, number>;
}

const demo = await writeCost(demoState());
const large = await writeCost(await buildLargeState(7));
console.log('\nWrites through the handlers (root master token; median ms; re-index included):\n');
console.log(
  table(
    ['write', 'demo world', 'large world', 'large / demo'],
    (Object.keys(ROWS) as Row[]).map((k) => [ROWS[k], fmt(demo[k]), fmt(large[k]), ratio(large[k], demo[k])]),
  ),
);
