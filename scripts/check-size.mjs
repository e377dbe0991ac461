// `npm run test:size` (after a build): the login route's initial JavaScript, gzip, must stay within budget.
// Counted: the entry chunk, the login page chunk and everything they import statically. Not counted: the
// mock backend (loaded before the app in demo mode only; reported on its own line).
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 150;
const manifestPath = 'dist/.vite/manifest.json';
if (!existsSync(manifestPath)) {
  console.error(`${manifestPath} is missing: run \`npm run build\` first (vite.config.ts sets build.manifest).`);
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const chunk = (key) => {
  const c = manifest[key];
  if (!c) throw new Error(`${key} is not in the build manifest`);
  return c;
};
const closure = (keys, into = new Set()) => {
  for (const key of keys) {
    if (into.has(key)) continue;
    into.add(key);
    closure(chunk(key).imports ?? [], into);
  }
  return into;
};
const gz = (keys) => [...keys].reduce((sum, k) => sum + gzipSync(readFileSync(`dist/${chunk(k).file}`), { level: 9 }).length, 0);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
const login = Object.keys(manifest).find((k) => k.endsWith('src/auth/LoginPage.tsx'));
const mock = Object.keys(manifest).find((k) => /mocks\/browser\.[tj]s$/.test(k));
if (!entry || !login) throw new Error('entry or login page chunk not found in the build manifest');

const loginRoute = closure([entry, login]);
const loginBytes = gz(loginRoute);
console.log(`login route initial JS (gzip): ${kb(loginBytes)} of ${BUDGET_KB} KB budget, ${loginRoute.size} chunks`);
for (const k of loginRoute) console.log(`  ${kb(gz([k])).padStart(9)}  ${chunk(k).file}`);
if (mock) {
  const mockOnly = [...closure([mock])].filter((k) => !loginRoute.has(k));
  console.log(`mock backend chunk (gzip, demo mode only, not counted): ${kb(gz(mockOnly))}`);
} else {
  console.log('mock backend chunk: none (built with VITE_API_BASE)');
}
if (loginBytes > BUDGET_KB * 1024) {
  console.error(`✗ over budget by ${kb(loginBytes - BUDGET_KB * 1024)}`);
  process.exit(1);
}
console.log('✓ within budget');
