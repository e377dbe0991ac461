/**
 * `npm run api` with bodies HTTP frames differently: none at all (a DELETE as curl sends it, without
 * Content-Length) and chunked. Both used to be a 500 (found by `npm run fuzz`): Node's Request constructor
 * cannot copy @hono/node-server's lazy request, which the body limit did for a body of unknown length.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installStore } from '../db/backend';
import { PERSONAS } from '../db/demo/personas';
import { demoState } from '../db/initialState';
import { Store } from '../db/store';
import { MAX_BODY_BYTES } from '../http/limits';
import { rawHttp } from './rawHttp';
import { startApiServer } from './startApiServer';
import type { RunningApi } from './startApiServer';

const auth = `Authorization: FlespiToken ${PERSONAS.find((p) => p.id === 'acme-admin')?.key ?? ''}`;
let api: RunningApi;

beforeAll(async () => {
  installStore(new Store(demoState()));
  api = await startApiServer({ port: 0 });
});
afterAll(() => api.close());

const chunked = (text: string) => `${Buffer.byteLength(text).toString(16)}\r\n${text}\r\n0\r\n\r\n`;

describe('npm run api and request bodies', () => {
  it('answers a DELETE without a body or Content-Length', async () => {
    const answer = await rawHttp(api.port, `DELETE /gw/devices/100 HTTP/1.1\r\n${auth}`);
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ result: [{ id: 100 }] });
  });

  it('reads a chunked body', async () => {
    const head = `PATCH /gw/devices/101 HTTP/1.1\r\n${auth}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked`;
    const answer = await rawHttp(api.port, head, chunked('{"name":"renamed"}'));
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ result: [{ id: 101, name: 'renamed' }] });
  });

  it('refuses a chunked body over the limit with 413', async () => {
    const head = `POST /gw/devices HTTP/1.1\r\n${auth}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked`;
    const answer = await rawHttp(api.port, head, chunked(`[{"name":"${'x'.repeat(MAX_BODY_BYTES)}"}]`));
    expect(answer.status).toBe(413);
  });
});
