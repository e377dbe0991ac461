import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const UI_FORBIDDEN = ['**/mocks/**', 'msw', 'msw/*'];
const PURE_FORBIDDEN = [...UI_FORBIDDEN, 'react', 'react-*', 'react/*', '@mui/*', '@tanstack/*', '**/auth/**', '**/features/**', '**/app/**', '**/lib/**', '**/components/**'];

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
    files: ['src/permissions/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: PURE_FORBIDDEN }] },
  },
  {
    files: ['src/contracts/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...PURE_FORBIDDEN, '**/permissions', '**/permissions/**'] }] },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...PURE_FORBIDDEN, '**/permissions', '**/permissions/**', '**/contracts/**'] }] },
  },
  {
    files: ['scripts/**/*.mjs', '*.js'],
    languageOptions: { globals: { ...globals.node } },
  },
);
