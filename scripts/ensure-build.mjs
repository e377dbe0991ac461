// The end-to-end tests run against the built app; build it when dist/ is missing.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

if (!existsSync('dist/index.html')) execSync('npm run -s build', { stdio: 'inherit' });
