/**
 * `npm run export:cedar [-- --world demo|large [--seed N] | --file <API data file>] [--out <dir>]`: writes the
 * Cedar schema, the policies and the entities of that world as of now to a folder (default dist-cedar/<world>),
 * then runs Cedar's own validator on them against the schema; exits 1 on any error.
 */
import { join } from 'node:path';
import { cedarVersion } from '../../src/cedar/cedarWasm';
import { choiceName, loadWorld, parseArgs } from './exportWorld';
import { writeCedarExport } from './writeExport';

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(bytes < 10_240 ? 1 : 0)} KB`;

const { choice, out } = parseArgs(process.argv.slice(2));
const dir = out ?? join('dist-cedar', choiceName(choice));
const now = Math.floor(Date.now() / 1000);

const t = performance.now();
const world = loadWorld(choice, now);
const loaded = Math.round(performance.now() - t);
const { x, bytes, validation: v, ms } = writeCedarExport(world, dir, now);

console.log(`Cedar ${cedarVersion()} export of the ${choiceName(choice)} world as of ${now} (entities hold until ${x.validUntil}) → ${dir}/`);
console.log(
  `  ${world.accounts.length} accounts, ${Object.values(world.instances).reduce((n, l) => n + l.length, 0)} instances, ${world.tokens.length} tokens, ${world.grants.length} grants, ${world.roleAssignments.length} role assignments`,
);
console.log(
  `  schema.cedarschema.json ${kb(bytes['schema.cedarschema.json'])}, policies.cedar ${kb(bytes['policies.cedar'])} (${x.policies.length} policies), entities.json ${kb(bytes['entities.json'])} (${x.entities.length} entities)`,
);
console.log(`  world ${loaded} ms, export ${ms.exported} ms, write ${ms.written} ms, Cedar validation ${ms.validated} ms`);
for (const w of v.warnings) console.log(`  warning: ${w}`);
for (const e of v.errors) console.error(`  ERROR: ${e}`);
console.log(v.errors.length === 0 ? '  validated by Cedar against the schema: 0 errors' : `  ${v.errors.length} validation errors`);
process.exit(v.errors.length === 0 ? 0 : 1);
