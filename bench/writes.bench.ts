/**
 * npm run bench (second part): what one write costs on the large world against the same write on the demo
 * world, through the mock's own handlers (msw's getResponse, as `npm run api` serves them): PATCH one device,
 * then list the devices (the re-index happens on the first question after the change). A ratio near 1 means
 * a write costs the change, not the world.
 */
import { getResponse } from 'msw';
import { installStore } from '../mocks/db/backend';
import { demoState } from '../mocks/db/initialState';
import { buildLargeState } from '../mocks/db/largeState';
import { Store } from '../mocks/db/store';
import type { StoredState } from '../mocks/db/store';
import { handlers } from '../mocks/handlers';
import { fmt, ratio, table } from './measure';

const REPS = Number(process.env.BENCH_REPS ?? 15);

async function call(key: string, method: string, path: string, body?: unknown): Promise<number> {
  const init: RequestInit = { method, headers: { authorization: `FlespiToken ${key}`, 'content-type': 'application/json' } };
  if (body !== undefined) init.body = JSON.stringify(body);
  const res = await getResponse(handlers, new Request(`http://bench.test${path}`, init));
  if (!res || res.status !== 200) throw new Error(`${method} ${path}: ${res?.status ?? 'no answer'}`);
  await res.arrayBuffer();
  return res.status;
}

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

/** The root account's usable master token and one of its devices. */
function rootOf(state: StoredState): { key: string; device: number } {
  const w = state.world;
  const root = w.accounts.find((a) => a.owner_id === 0)?.id;
  const token = w.tokens.find((t) => t.cid === root && t.access.type === 1 && t.enabled);
  const device = w.instances.devices.find((d) => d.cid === root) ?? w.instances.devices[0];
  if (!token || !device) throw new Error('no root master token or device');
  return { key: token.key, device: device.id };
}

async function writeCost(state: StoredState): Promise<{ patch: number; patchList: number }> {
  const store = installStore(new Store(state));
  store.index();
  const { key, device } = rootOf(state);
  const patch = await timeAsync(REPS, (i) => call(key, 'PATCH', `/gw/devices/${device}`, { name: `bench ${i}` }));
  const patchList = await timeAsync(REPS, async (i) => {
    await call(key, 'PATCH', `/gw/devices/${device}`, { name: `bench list ${i}` });
    await call(key, 'GET', '/gw/devices/all?limit=25&fields=id,name');
  });
  return { patch, patchList };
}

const demo = await writeCost(demoState());
const large = await writeCost(await buildLargeState(7));
console.log('\nWrites through the handlers (root master token; median ms):\n');
console.log(
  table(
    ['write', 'demo world', 'large world', 'large / demo'],
    [
      ['PATCH one device', fmt(demo.patch), fmt(large.patch), ratio(large.patch, demo.patch)],
      ['PATCH one device, then list 25 devices (re-index included)', fmt(demo.patchList), fmt(large.patchList), ratio(large.patchList, demo.patchList)],
    ],
  ),
);
