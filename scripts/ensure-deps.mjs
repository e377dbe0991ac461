// Installs what is missing (npm ci) when node_modules is absent or older than the lockfile.
import { existsSync, lstatSync, statSync } from 'node:fs';
import { execSync } from 'node:child_process';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`Node ${process.versions.node} is too old: this project needs Node >= 20.19.`);
  process.exit(1);
}
const stamp = 'node_modules/.package-lock.json';
const stale = !existsSync(stamp) || statSync(stamp).mtimeMs < statSync('package-lock.json').mtimeMs;
// A node_modules shared through a symlink (git worktrees) belongs to another checkout: `npm ci` here would empty
// it through the link, under every checkout that uses it. Leave it to its owner.
const shared = existsSync('node_modules') && lstatSync('node_modules').isSymbolicLink();
if (stale && shared) console.warn('node_modules is a link to a shared install: not reinstalling it here (run npm ci where it lives if it is stale).');
else if (stale) {
  console.log('Installing dependencies (npm ci)…');
  execSync('npm ci --no-audit --no-fund', { stdio: 'inherit' });
}
