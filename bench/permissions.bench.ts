/**
 * npm run bench: the permission module against CASL and a naive scan on the large world
 * (mocks/db/largeWorld.ts). Prints medians and ratios as a markdown table (copied into bench/RESULTS.md).
 */
import os from 'node:os';
import { REPS, SEED, NOW, built, deep, devices, genMs, ix, principalOf, world } from './benchWorld';
import { cedarChecks } from './cedarCase';
import { listDevices } from './listDevicesCase';
import { fmt, table, time } from './measure';
import { singleChecks } from './singleChecksCase';

const rows: string[][] = [];
const notes: string[] = [];
listDevices(rows, notes);
const { oursQs, oursChecks } = singleChecks(rows, notes);

const w = world;
console.log(
  `Large world (seed ${SEED}): ${w.accounts.length} accounts, ${devices.length} devices, ${w.instances.channels.length} of each other type, ${w.grants.length} grants, ${w.roleAssignments.length} role assignments, ${w.tokens.length} tokens`,
);
console.log(
  `Node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}; world generated in ${fmt(genMs)} ms; buildAccessIndex ${fmt(built.ms)} ms (median)\n`,
);
console.log(table(['case (median ms)', 'module', 'CASL', 'naive scan', 'CASL / module', 'naive / module'], rows));
console.log(`\n${notes.map((n) => `- ${n}`).join('\n')}`);

// Other questions the mock backend asks, module only.
const root = principalOf(1);
const other: string[][] = [
  ['buildAccessIndex (whole world)', fmt(built.ms)],
  ['effectiveAccess(root, devices): 100,000 entries with permissions and rules', fmt(time(5, () => ix.effectiveAccess(root, 'devices')).ms)],
  [`effectiveAccess(deep, devices)`, fmt(time(REPS, () => ix.effectiveAccess(principalOf(deep), 'devices')).ms)],
  [
    'visibleIds(root, tokens / grants / role-assignments)',
    fmt(time(5, () => ['tokens', 'grants', 'role-assignments'].map((t) => ix.visibleIds(root, t as 'tokens'))).ms),
  ],
  ['whoHasAccess(devices, one id): all 1,000 accounts and 2,000 tokens', fmt(time(5, () => ix.whoHasAccess('devices', devices[0]?.id ?? 1, NOW)).ms)],
  ['creatableAccounts(root, devices)', fmt(time(5, () => ix.creatableAccounts(root, 'devices')).ms)],
];
console.log(`\n${table(['other operations (median ms)', 'module'], other)}`);

cedarChecks(oursQs, oursChecks);
