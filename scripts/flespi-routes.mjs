// Regenerates mocks/api/flespiRoutes.ts from flespi's API description (flespi-software/flespi-io-js, src/configs.json):
// node scripts/flespi-routes.mjs <path to configs.json> <commit> <date>
import { readFileSync, writeFileSync } from 'node:fs';

const [file, commit = '?', date = '?'] = process.argv.slice(2);
if (!file) throw new Error('usage: node scripts/flespi-routes.mjs <configs.json> <commit> <date>');
const configs = JSON.parse(readFileSync(file, 'utf8'));
const SCOPE =
  /^\/(auth\/info$|platform\/(customer|customer\/logs|subaccounts|tokens|grants|grantors|limits|deleted)(\/|$)|gw\/(devices|channels|streams|calcs|plugins|groups)(\/|$))/;
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
const routes = new Set();
for (const { basePath, paths } of Object.values(configs))
  for (const [path, methods] of Object.entries(paths))
    for (const method of Object.keys(methods)) {
      const full = `${basePath}${path}`.replace(/\{[^}]+\}/g, '*');
      if (METHODS.includes(method.toUpperCase()) && SCOPE.test(full)) routes.add(`${method.toUpperCase()} ${full}`);
    }
const lines = [...routes].sort().map((r) => `  '${r}',`);
writeFileSync(
  'mocks/api/flespiRoutes.ts',
  `/**
 * The paths and methods flespi's own API description has, in the panel's scope (auth info, customer,
 * subaccounts, tokens, grants, grantors, limits, the recycle bin (deleted) and the six instance types, with their sub-resources): what
 * \`API_DIALECT=flespi npm run api\` serves, nothing else. \`*\` is one path segment (a selector).
 * Generated from flespi-software/flespi-io-js src/configs.json (${commit.slice(0, 7)}, ${date}) by
 * scripts/flespi-routes.mjs; regenerate it there, do not edit by hand.
 */
export const FLESPI_ROUTES: readonly string[] = [
${lines.join('\n')}
];
`,
);
console.log(`${routes.size} routes`);
