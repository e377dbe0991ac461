/**
 * A large deterministic world for the benchmark and the mock backend's "large world" option:
 * by default 1,000 accounts (depth up to 4 below the root), 100,000 devices, 10,000 of each other
 * instance type, 5,000 grants, 2,000 role assignments, 2,000 tokens. Same seed, same world.
 */
import type { World } from '../../src/domain/types';
import { accountTree } from './largeWorldSteps/accounts';
import { largeWorldGen } from './largeWorldSteps/generator';
import { grantsOf } from './largeWorldSteps/grants';
import { assignMembers, instancesOf } from './largeWorldSteps/instances';
import { rolesAndAssignments } from './largeWorldSteps/roleAssignments';
import { tokensOf } from './largeWorldSteps/tokens';

export interface LargeWorldOptions {
  accounts?: number;
  devices?: number;
  /** Instances of each other type (channels, streams, calcs, plugins, groups). */
  perType?: number;
  grants?: number;
  roleAssignments?: number;
  tokens?: number;
  /** Reference time for expiries. */
  now?: number;
}

/** Builds the world at once (the benchmark, tests, `npm run api`). */
export function buildLargeWorld(seed: number, opts: LargeWorldOptions = {}): World {
  const steps = largeWorldSteps(seed, opts);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same world, step by step: yields the share of the work done so far (0..1) every few thousand
 * records, so that a browser can show progress between steps. The random sequence does not depend on
 * where it pauses: same seed, same world.
 */
export function* largeWorldSteps(seed: number, opts: LargeWorldOptions = {}): Generator<number, World, void> {
  const now = opts.now ?? Math.floor(Date.now() / 1000);
  const nAccounts = opts.accounts ?? 1000;
  const nDevices = opts.devices ?? 100_000;
  const nPerType = opts.perType ?? 10_000;
  const nTokens = opts.tokens ?? 2000;
  const nGrants = opts.grants ?? 5000;
  const nAssignments = opts.roleAssignments ?? 2000;
  const total = nAccounts + nDevices + 9 * nPerType + nTokens + nGrants + nAssignments;
  // One random sequence through the steps, in this order: the order is part of "same seed, same world".
  const g = largeWorldGen(seed, now, nAccounts, total);
  const { accounts, children } = yield* accountTree(g, nAccounts);
  const { instances, owned } = yield* instancesOf(g, nDevices, nPerType);
  yield* assignMembers(g, instances, owned);
  const tokens = yield* tokensOf(g, nTokens, nAccounts, owned);
  const grants = yield* grantsOf(g, nGrants, children, owned);
  const { roles, roleAssignments } = yield* rolesAndAssignments(g, nAssignments, instances);
  return { accounts, instances, tokens, grants, roles, roleAssignments };
}
