import { describe, expect, it } from 'vitest';
import { sizeReport } from './sizeBudget.mjs';

// Sizes by file name, in bytes: the test does not touch the file system.
const sizes = { 'entry.js': 60_000, 'react.js': 50_000, 'login.js': 8_000, 'shell.js': 90_000, 'mock.js': 200_000, 'msw.js': 30_000 };
const manifest = {
  'index.html': {
    file: 'entry.js',
    isEntry: true,
    imports: ['_react.js'],
    dynamicImports: ['src/auth/LoginPage.tsx', 'src/app/Shell.tsx', 'mocks/browser.ts'],
  },
  '_react.js': { file: 'react.js' },
  'src/auth/LoginPage.tsx': { file: 'login.js', imports: ['_react.js'] },
  'src/app/Shell.tsx': { file: 'shell.js', imports: ['_react.js'] },
  'mocks/browser.ts': { file: 'mock.js', imports: ['_msw.js', '_react.js'] },
  '_msw.js': { file: 'msw.js' },
};
const gz = (file) => sizes[file];

describe('sizeReport (npm run test:size)', () => {
  it('counts the entry, the login page and their static imports once each; not lazy screens, not the mock', () => {
    const r = sizeReport(manifest, gz, 150);
    expect(r.loginBytes).toBe(60_000 + 50_000 + 8_000);
    expect(r.loginChunks.map((c) => c.file).sort()).toEqual(['entry.js', 'login.js', 'react.js']);
    expect(r.ok).toBe(true);
  });

  it('reports the mock backend on its own, without what the app already loads', () => {
    expect(sizeReport(manifest, gz, 150).mockBytes).toBe(200_000 + 30_000);
    const real = Object.fromEntries(Object.entries(manifest).filter(([k]) => k !== 'mocks/browser.ts'));
    expect(sizeReport(real, gz, 150).mockBytes).toBeNull();
  });

  it('fails when the login route is over budget', () => {
    const r = sizeReport(manifest, gz, 115);
    expect(r.ok).toBe(false);
    expect(r.loginBytes - r.budgetBytes).toBe(118_000 - 115 * 1024);
  });

  it('refuses a build where the login route imports the mock statically', () => {
    const leaky = { ...manifest, 'src/auth/LoginPage.tsx': { file: 'login.js', imports: ['_react.js', 'mocks/browser.ts'] } };
    expect(() => sizeReport(leaky, gz, 150)).toThrow(/statically/);
  });
});
