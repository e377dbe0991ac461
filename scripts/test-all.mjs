// `npm test`: every check, in order; stops at the first failure and says which. Ends with how long each took.
import { execSync } from 'node:child_process';

const steps = [
  ['install', 'node scripts/ensure-deps.mjs'],
  ['types', 'npm run -s typecheck'],
  ['lint', 'npm run -s lint'],
  ['format (prettier)', 'npm run -s format:check'],
  ['unused code (knip)', 'npm run -s knip'],
  ['unit', 'npm run -s test:unit'],
  ['build + size budget', 'npm run -s build && npm run -s test:size'],
  ['end-to-end', 'npm run -s test:e2e'],
  // The panel built against the flespi-only server (issue 17): its own build (dist-flespi) and suite.
  ['flespi server e2e', 'npm run -s test:e2e:flespi'],
];

const took = [];
const table = () => {
  const total = took.reduce((sum, [, s]) => sum + s, 0);
  const rows = [...took, ['total', total]].map(([name, s]) => `  ${name.padEnd(22)}${s.toFixed(0).padStart(6)} s`);
  console.log(`\nStage times:\n${rows.join('\n')}`);
};

for (const [name, cmd] of steps) {
  console.log(`\n=== ${name}: ${cmd}`);
  const start = performance.now();
  try {
    execSync(cmd, { stdio: 'inherit' });
  } catch {
    took.push([`${name} (failed)`, (performance.now() - start) / 1000]);
    table();
    console.error(`\n✗ ${name} failed`);
    process.exit(1);
  }
  took.push([name, (performance.now() - start) / 1000]);
}
table();
console.log('\n✓ all checks passed');
