// `npm run test:size` (after a build): the login route's initial JavaScript, gzip, must stay within budget;
// the mock backend chunk is reported on its own line and not counted (logic: scripts/sizeBudget.mjs).
// `node scripts/check-size.mjs [distDir]` (default dist).
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { BUDGET_KB, kb, sizeReport } from './sizeBudget.mjs';

const dist = process.argv[2] ?? 'dist';
const manifestPath = `${dist}/.vite/manifest.json`;
if (!existsSync(manifestPath)) {
  console.error(`${manifestPath} is missing: run \`npm run build\` first (vite.config.ts sets build.manifest).`);
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const report = sizeReport(manifest, (file) => gzipSync(readFileSync(`${dist}/${file}`), { level: 9 }).length);

console.log(`login route initial JS (gzip): ${kb(report.loginBytes)} of ${BUDGET_KB} KB budget, ${report.loginChunks.length} chunks`);
for (const c of report.loginChunks) console.log(`  ${kb(c.bytes).padStart(9)}  ${c.file}`);
console.log(
  report.mockBytes === null
    ? 'mock backend chunk: none (built with VITE_API_BASE)'
    : `mock backend chunk (gzip, demo mode only, not counted): ${kb(report.mockBytes)}`,
);
if (!report.ok) {
  console.error(`✗ over budget by ${kb(report.loginBytes - report.budgetBytes)}`);
  process.exit(1);
}
console.log('✓ within budget');
