import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import boundaries from 'eslint-plugin-boundaries';

/**
 * The layers, lowest first; each may import only itself and the layers before it (see NOTES-team.md, "Layers"):
 * domain ← contracts ← permissions ← lib ← components ← auth ← widgets ← features ← app. `mocks/` may import
 * domain, contracts and permissions only; a feature is entered by another feature only through its index.ts.
 */
const LAYERS = ['domain', 'contracts', 'permissions', 'lib', 'components', 'auth', 'widgets', 'feature', 'app'];
const below = (layer) => LAYERS.slice(0, LAYERS.indexOf(layer) + 1).filter((t) => t !== 'feature');
const layerPolicy = (layer) => ({ from: { element: { type: layer } }, allow: { to: { element: { types: { anyOf: below(layer) } } } } });

const ALL_TYPES = [...LAYERS, 'cedar', 'testkit', 'manifest', 'main', 'mocks'];

const BROWSER_GLOBALS = [
  'window',
  'self',
  'document',
  'localStorage',
  'sessionStorage',
  'navigator',
  'indexedDB',
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
  'BroadcastChannel',
  'Worker',
  'location',
  'history',
  'alert',
  'confirm',
];

const UI_FORBIDDEN = ['**/mocks/**', 'msw', 'msw/*'];
const PURE_FORBIDDEN = [
  ...UI_FORBIDDEN,
  'react',
  'react-*',
  'react/*',
  '@mui/*',
  '@tanstack/*',
  '**/auth/**',
  '**/features/**',
  '**/app/**',
  '**/lib/**',
  '**/components/**',
];

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'public/mockServiceWorker.js', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The UI never imports the mock backend (src/main.tsx starts it with one dynamic import).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/main.tsx'],
    rules: {
      'no-restricted-imports': ['error', { patterns: UI_FORBIDDEN }],
    },
  },
  // The pure layers, after the src/** block so that their stricter lists win (a later block replaces the rule):
  // domain ← contracts ← permissions; none of them imports React, MUI, MSW, the mock, or the UI's layers.
  {
    files: ['src/permissions/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: PURE_FORBIDDEN }] },
  },
  {
    // The Cedar export (issue 23): pure like the permission module (cedarWasm.ts only loads Cedar's engine).
    files: ['src/cedar/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: PURE_FORBIDDEN }] },
  },
  {
    files: ['src/contracts/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...PURE_FORBIDDEN, '**/permissions', '**/permissions/**'] }] },
  },
  {
    files: ['src/domain/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...PURE_FORBIDDEN, '**/permissions', '**/permissions/**', '**/contracts/**'] }] },
  },
  {
    // Pure means no browser either: the module runs alike in the page, the worker, Node and the Cedar export.
    files: ['domain', 'contracts', 'permissions', 'cedar'].map((dir) => `src/${dir}/**/*.{ts,tsx}`),
    rules: {
      'no-restricted-globals': [
        'error',
        ...BROWSER_GLOBALS.map((name) => ({ name, message: 'The pure layers use no browser API: take the value as an argument.' })),
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'mocks/**/*.ts'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } },
      'boundaries/elements': [
        { type: 'domain', pattern: 'src/domain', partialMatch: false },
        { type: 'contracts', pattern: 'src/contracts', partialMatch: false },
        { type: 'permissions', pattern: 'src/permissions', partialMatch: false },
        { type: 'lib', pattern: 'src/lib', partialMatch: false },
        { type: 'components', pattern: 'src/components', partialMatch: false },
        { type: 'auth', pattern: 'src/auth', partialMatch: false },
        { type: 'widgets', pattern: 'src/widgets', partialMatch: false },
        { type: 'cedar', pattern: 'src/cedar', partialMatch: false },
        { type: 'testkit', pattern: 'src/test', partialMatch: false },
        { type: 'feature', pattern: 'src/features/access/*', capture: ['name'], partialMatch: false },
        { type: 'feature', pattern: 'src/features/(instances)', capture: ['name'], partialMatch: false },
        // What is left directly in src/features: the manifest type every feature fills in.
        { type: 'manifest', pattern: 'src/features', partialMatch: false },
        { type: 'app', pattern: 'src/app', partialMatch: false },
        // What is left directly in src: main.tsx.
        { type: 'main', pattern: 'src', partialMatch: false },
        { type: 'mocks', pattern: 'mocks', partialMatch: false },
      ],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          message: 'Layers (NOTES-team.md): a {{from.type}} may not import this {{to.type}}.',
          policies: [
            { allow: { to: { module: { origin: 'external' } } } },
            ...LAYERS.filter((l) => l !== 'feature' && l !== 'app').map(layerPolicy),
            // A feature: the layers below it, the manifest type, itself, and other features through their index.ts only.
            {
              from: { element: { type: 'feature' } },
              allow: [
                { to: { element: { types: { anyOf: [...below('feature'), 'manifest'] } } } },
                { to: { element: { type: 'feature', captured: { name: '{{from.captured.name}}' } } } },
                { to: { element: { type: 'feature', fileInternalPath: 'index.ts' } } },
              ],
            },
            { from: { element: { type: 'manifest' } }, allow: { to: { element: { types: { anyOf: ['domain'] } } } } },
            { from: { element: { type: 'app' } }, allow: { to: { element: { types: { anyOf: [...below('app'), 'feature', 'manifest'] } } } } },
            { from: { element: { type: 'app' } }, disallow: { to: { element: { type: 'feature', fileInternalPath: '!index.ts' } } } },
            // main.tsx starts the app and, with one dynamic import, the mock backend.
            { from: { element: { type: 'main' } }, allow: { to: { element: { types: { anyOf: [...below('app'), 'app', 'mocks'] } } } } },
            {
              from: { element: { type: 'mocks' } },
              allow: { to: { element: { types: { anyOf: ['domain', 'contracts', 'permissions', 'cedar', 'mocks'] } } } },
            },
            // The Cedar policies: pure like the permission module, which (with the mock) may check itself against them.
            { from: { element: { type: 'cedar' } }, allow: { to: { element: { types: { anyOf: ['domain', 'contracts', 'permissions', 'cedar'] } } } } },
            { from: { element: { type: 'permissions' } }, allow: { to: { element: { type: 'cedar' } } } },
            // The permission module has one public entry (index.ts): nothing outside it imports a file beside it; only
            // tests and their helpers reach its test kit (oracle, random worlds). Later policies win over earlier ones.
            {
              from: { element: { types: { anyOf: ALL_TYPES.filter((t) => t !== 'permissions') } } },
              disallow: { to: { element: { type: 'permissions', fileInternalPath: '!index.ts' } } },
              message: 'src/permissions is entered through its index.ts only (tests may use permissions/test/*).',
            },
            {
              from: { file: { path: ['**/*.test.{ts,tsx}', '**/test/**'] } },
              allow: { to: { element: { type: 'permissions', fileInternalPath: 'test/**' } } },
            },
            // src/test: the component tests' harness (the app's providers over msw/node); only test files use it.
            { from: { element: { type: 'testkit' } }, allow: { to: { element: { types: { anyOf: [...below('app'), 'mocks', 'testkit'] } } } } },
            { from: { file: { path: '**/*.test.{ts,tsx}' } }, allow: { to: { element: { type: 'testkit' } } } },
          ],
        },
      ],
    },
  },
  {
    // The component tests' harness: the one file in src/ besides main.tsx that reaches the mock backend (msw/node).
    files: ['src/test/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['scripts/**/*.mjs', '*.js'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // No source file over 200 lines (issue 16, item 6): every line counts, blank lines and comments included.
    files: ['src', 'mocks', 'e2e', 'bench', 'scripts'].map((dir) => `${dir}/**/*.{ts,tsx,mjs}`),
    rules: { 'max-lines': ['error', { max: 200, skipBlankLines: false, skipComments: false }] },
  },
);
