/**
 * `npm run bench:http`: one PATCH of one device over real HTTP (`npm run api`, its own process), on the demo
 * and the large world, with and without API_DATA_FILE (the whole state written to the file before each
 * answer). Medians of BENCH_REPS (15) after 5 warm-ups, from the client's side, and the large / demo ratio.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fmt, median, ratio, table } from './measure';

const REPS = Number(process.env.BENCH_REPS ?? 15);
const WARMUP = 5;

interface Server {
  child: ChildProcess;
  url: string;
  key: string;
}

/** Starts `npm run api`'s server (tsx mocks/server.ts) and waits for its "Try: curl" line. */
function startServer(env: Record<string, string>): Promise<Server> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'mocks/server.ts'], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.on('exit', (code) => reject(new Error(`the API server ended (${String(code)}) before it listened:\n${out}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /API on (http:\/\/\S+)/.exec(out)?.[1];
      const key = /FlespiToken ([^"\s]+)"/.exec(out)?.[1];
      if (url && key) resolve({ child, url, key });
    });
  });
}

async function patchCost(world: 'demo' | 'large', dataFile: string | undefined): Promise<{ ms: number; fileBytes: number }> {
  const port = String(18_700 + Math.floor(Math.random() * 1000));
  const server = await startServer({ PORT: port, API_WORLD: world, API_SEED: '1', ...(dataFile ? { API_DATA_FILE: dataFile } : {}) });
  try {
    const headers = { authorization: `FlespiToken ${server.key}`, 'content-type': 'application/json' };
    const list = (await (await fetch(`${server.url}/gw/devices/all?limit=1&fields=id`, { headers })).json()) as { result: Array<{ id: number }> };
    const device = list.result[0]?.id;
    if (device === undefined) throw new Error('no device to PATCH');
    const times: number[] = [];
    for (let i = 0; i < WARMUP + REPS; i++) {
      const t0 = performance.now();
      const res = await fetch(`${server.url}/gw/devices/${device}`, { method: 'PATCH', headers, body: JSON.stringify({ name: `http bench ${i}` }) });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`PATCH: ${res.status}`);
      if (i >= WARMUP) times.push(performance.now() - t0);
    }
    return { ms: median(times), fileBytes: dataFile ? statSync(dataFile).size : 0 };
  } finally {
    server.child.kill();
  }
}

const dir = mkdtempSync(join(tmpdir(), 'http-bench-'));
try {
  const rows: string[][] = [];
  for (const withFile of [false, true]) {
    const demo = await patchCost('demo', withFile ? join(dir, 'demo.json') : undefined);
    const large = await patchCost('large', withFile ? join(dir, 'large.json') : undefined);
    const label = withFile
      ? `PATCH one device, API_DATA_FILE (file: demo ${Math.round(demo.fileBytes / 1024)} KB, large ${(large.fileBytes / 2 ** 20).toFixed(0)} MB)`
      : 'PATCH one device, in memory';
    rows.push([label, fmt(demo.ms), fmt(large.ms), ratio(large.ms, demo.ms)]);
  }
  console.log(`\nOne PATCH over HTTP (npm run api, root admin; median of ${REPS} ms, client side):\n`);
  console.log(table(['write', 'demo world', 'large world', 'large / demo'], rows));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
