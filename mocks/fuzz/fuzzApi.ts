/**
 * `npm run api`'s server in this process on a free port, fuzzed from its own `/openapi.json` by every demo
 * persona (and no token at all); then: are the globals unpoisoned, is the server still answering?
 */
import { startApiServer } from '../api/startApiServer';
import { installStore } from '../db/backend';
import { PERSONAS } from '../db/demo/personas';
import { demoState } from '../db/initialState';
import { Store } from '../db/store';
import { runFuzz } from './runFuzz';
import type { FuzzFigures, FuzzPersona } from './runFuzz';

export interface FuzzReport {
  figures: FuzzFigures;
  /** Times `/mock/reset` was refused and the world was put back from outside (a request locked everyone out). */
  forcedResets: number;
  /** `@fast-check/poisoning`'s complaint, or null. */
  poisoning: string | null;
  alive: boolean;
}

const ADMIN = PERSONAS.find((p) => p.id === 'acme-admin')?.key ?? '';
export const FUZZ_PERSONAS: readonly FuzzPersona[] = [...PERSONAS.map((p) => ({ id: p.id, key: p.key })), { id: 'no-token', key: null }];

async function answers(url: string, init: RequestInit = {}): Promise<number> {
  try {
    return (await fetch(url, { ...init, signal: AbortSignal.timeout(10_000) })).status;
  } catch {
    return 0;
  }
}

/** `ignoredGlobals`: roots a test runner changes itself (vitest's `__vitest_*`), not poisoning by the server. */
export async function fuzzApi({ perOperation, seed, ignoredGlobals }: { perOperation: number; seed: number; ignoredGlobals?: RegExp }): Promise<FuzzReport> {
  installStore(new Store(demoState()));
  const api = await startApiServer({ port: 0, hostname: '127.0.0.1' });
  const auth = { authorization: `FlespiToken ${ADMIN}` };
  let forcedResets = 0;
  const resetWorld = async () => {
    if ((await answers(`${api.url}/mock/reset`, { method: 'POST', headers: auth })) === 200) return;
    forcedResets++;
    installStore(new Store(demoState()));
  };
  try {
    // One round first, so what the server sets up lazily is part of the baseline, not counted as poisoning.
    await runFuzz({ baseUrl: api.url, personas: FUZZ_PERSONAS.slice(0, 1), perOperation: 1, seed, resetWorld });
    const { assertNoPoisoning } = await import('@fast-check/poisoning');
    const figures = await runFuzz({ baseUrl: api.url, personas: FUZZ_PERSONAS, perOperation, seed, resetWorld });
    let poisoning: string | null = null;
    try {
      assertNoPoisoning(ignoredGlobals ? { ignoredRootRegex: ignoredGlobals } : {});
    } catch (error) {
      poisoning = error instanceof Error ? error.message : String(error);
    }
    await resetWorld();
    const alive = (await answers(`${api.url}/auth/info`, { headers: auth })) === 200;
    return { figures, forcedResets, poisoning, alive };
  } finally {
    await api.close();
  }
}
