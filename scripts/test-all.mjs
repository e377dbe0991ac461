// `npm test`: every check, in order; stops at the first failure and says which.
import { execSync } from 'node:child_process';

const steps = [
  ['types', 'npm run -s typecheck'],
  ['lint', 'npm run -s lint'],
  ['unit', 'npm run -s test:unit'],
  ['build + size budget', 'npm run -s build && npm run -s test:size'],
  ['end-to-end', 'npm run -s test:e2e'],
];
for (const [name, cmd] of steps) {
  console.log(`\n=== ${name}: ${cmd}`);
  try {
    execSync(cmd, { stdio: 'inherit' });
  } catch {
    console.error(`\n✗ ${name} failed`);
    process.exit(1);
  }
}
console.log('\n✓ all checks passed');
