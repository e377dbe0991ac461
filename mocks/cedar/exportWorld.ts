/** Which world `npm run export:cedar` exports: the demo world, the large world of a seed, or an API data file. */
import { readFileSync } from 'node:fs';
import type { World } from '../../src/domain/types';
import { buildDemoWorld } from '../db/demo/demoWorld';
import { buildLargeWorld } from '../db/largeWorld';
import { migrateState } from '../db/migrations';

export type WorldChoice = { kind: 'demo' } | { kind: 'large'; seed: number } | { kind: 'file'; path: string };

export function parseArgs(argv: readonly string[]): { choice: WorldChoice; out: string | null } {
  const value = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const file = value('--file');
  const world = value('--world') ?? 'demo';
  if (file) return { choice: { kind: 'file', path: file }, out: value('--out') ?? null };
  if (world !== 'demo' && world !== 'large') throw new Error(`--world is demo or large, not ${world}`);
  const seed = Number(value('--seed') ?? 1);
  if (!Number.isInteger(seed) || seed < 0) throw new Error(`--seed is a whole number, not ${value('--seed') ?? ''}`);
  return { choice: world === 'large' ? { kind: 'large', seed } : { kind: 'demo' }, out: value('--out') ?? null };
}

export const choiceName = (c: WorldChoice): string => (c.kind === 'file' ? 'file' : c.kind === 'large' ? `large-${c.seed}` : 'demo');

/** The world as `npm run api` would serve it now (an API data file as stored, migrated; never renamed here). */
export function loadWorld(c: WorldChoice, now: number): World {
  if (c.kind === 'demo') return buildDemoWorld(now);
  if (c.kind === 'large') return buildLargeWorld(c.seed, { now });
  const state = migrateState(JSON.parse(readFileSync(c.path, 'utf8')) as unknown);
  if (!state) throw new Error(`${c.path} is not a world this release can read`);
  return state.world;
}
