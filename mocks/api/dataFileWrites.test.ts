/** `npm run api` with a data file: no 200 for a change the file did not take; the world served stays the file's. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { installStore } from '../db/backend';
import { PERSONAS } from '../db/demo/personas';
import { demoState } from '../db/initialState';
import { Store } from '../db/store';
import type { StoredState } from '../db/store';
import { keepInDataFile } from './dataFileWrites';
import { startApiServer } from './startApiServer';
import type { RunningApi } from './startApiServer';

const key = PERSONAS.find((p) => p.id === 'acme-admin')?.key ?? '';
const headers = { authorization: `FlespiToken ${key}`, 'content-type': 'application/json' };
let api: RunningApi;
let store: Store;
const dir = join(mkdtempSync(join(tmpdir(), 'api-writes-')), 'data');
const file = join(dir, 'world.json');

beforeAll(async () => {
  mkdirSync(dir);
  store = installStore(new Store(demoState()));
  keepInDataFile(store, file);
  api = await startApiServer({ port: 0 });
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterAll(async () => {
  await api.close();
  rmSync(dir, { recursive: true, force: true });
});

const rename = (name: string) => fetch(`${api.url}/gw/devices/100`, { method: 'PUT', headers, body: JSON.stringify({ name }) });
const nameServed = async () =>
  ((await (await fetch(`${api.url}/gw/devices/100?fields=name`, { headers })).json()) as { result: { name: string }[] }).result[0]?.name;
const nameInFile = () => (JSON.parse(readFileSync(file, 'utf8')) as StoredState).world.instances.devices.find((d) => d.id === 100)?.name;

describe('the API data file, written before each answer', () => {
  it('answers 503 when the file cannot be written, and the change is undone in memory as well', async () => {
    expect((await rename('Written to the file')).status).toBe(200);
    expect(nameInFile()).toBe('Written to the file');

    rmSync(dir, { recursive: true });
    const refused = await rename('Never written');
    expect(refused.status).toBe(503);
    expect(await refused.json()).toEqual({
      errors: [{ code: 503, reason: expect.stringMatching(/could not be written to the data file.*nothing changed/) as unknown }],
    });
    expect(await nameServed()).toBe('Written to the file');
    expect(store.logs.filter((l) => l.item_id === 100)).toHaveLength(1);

    mkdirSync(dir);
    expect((await rename('Written again')).status).toBe(200);
    expect(nameInFile()).toBe('Written again');
    expect(await nameServed()).toBe('Written again');
  });

  it('an answer that only reads is not refused after a failed write', async () => {
    rmSync(dir, { recursive: true });
    expect((await rename('Never written either')).status).toBe(503);
    expect(await nameServed()).toBe('Written again');
    mkdirSync(dir);
  });
});
