import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { INSTANCE_TYPES } from '../../src/domain/types';
import type { World } from '../../src/domain/types';
import { buildLargeWorld, largeWorldSteps } from './largeWorld';

const now = 1_800_000_000;
const hash = (w: World): string => createHash('sha256').update(JSON.stringify(w)).digest('hex');
const small = { now, accounts: 60, devices: 3000, perType: 200, grants: 150, roleAssignments: 80, tokens: 120 };

describe('buildLargeWorld', () => {
  it('is the same world for the same seed, and another one for another seed', () => {
    expect(hash(buildLargeWorld(42, small))).toBe(hash(buildLargeWorld(42, small)));
    expect(hash(buildLargeWorld(42, small))).not.toBe(hash(buildLargeWorld(43, small)));
  });

  it('step by step (with progress) gives the same world as at once, progress rising up to 1', () => {
    const steps = largeWorldSteps(7, { now });
    const seen: number[] = [];
    let step = steps.next();
    while (!step.done) {
      seen.push(step.value);
      step = steps.next();
    }
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.every((f, i) => f > 0 && f <= 1 && (i === 0 || f >= (seen[i - 1] ?? 0)))).toBe(true);
    expect(hash(step.value)).toBe(hash(buildLargeWorld(7, { now })));
  });

  it('has the advertised size by default: 1,000 accounts up to 5 levels, 100,000 devices, 10,000 of each other type', () => {
    const w = buildLargeWorld(1, { now });
    expect(w.accounts).toHaveLength(1000);
    const parent = new Map(w.accounts.map((a) => [a.id, a.owner_id]));
    const level = (id: number): number => (parent.get(id) ? 1 + level(parent.get(id) ?? 0) : 1);
    expect(Math.max(...w.accounts.map((a) => level(a.id)))).toBe(5);
    for (const type of INSTANCE_TYPES) expect(w.instances[type]).toHaveLength(type === 'devices' ? 100_000 : 10_000);
    expect(w.grants).toHaveLength(5000);
    expect(w.roleAssignments).toHaveLength(2000);
  });
});
