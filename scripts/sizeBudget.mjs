// The logic of `npm run test:size` (scripts/check-size.mjs), apart from the file system so it can be tested.
// Counted for the login route: the entry chunk, the login page chunk and everything they import statically.
// Not counted: the mock backend (loaded in demo mode only, before the app; reported on its own).

/** @typedef {{ file: string, isEntry?: boolean, imports?: string[], dynamicImports?: string[] }} ManifestChunk */

export const BUDGET_KB = 150;

/**
 * @param {Record<string, ManifestChunk>} manifest Vite's build manifest
 * @param {(file: string) => number} gzipBytes gzip size of an emitted file
 * @param {number} budgetKb
 */
export function sizeReport(manifest, gzipBytes, budgetKb = BUDGET_KB) {
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
  const sum = (keys) => [...keys].reduce((total, k) => total + gzipBytes(chunk(k).file), 0);
  const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
  const login = Object.keys(manifest).find((k) => k.endsWith('src/auth/LoginPage.tsx'));
  if (!entry || !login) throw new Error('entry or login page chunk not found in the build manifest');
  const mock = Object.keys(manifest).find((k) => /mocks\/browser\.[tj]s$/.test(k));

  const loginRoute = closure([entry, login]);
  // The mock must stay out of the count: if the app imported it statically it would be in the closure.
  const mockChunks = mock ? [...closure([mock])].filter((k) => !loginRoute.has(k)) : [];
  if (mock && loginRoute.has(mock)) throw new Error('the mock backend is imported statically by the login route (it must be a dynamic import)');
  const loginBytes = sum(loginRoute);
  return {
    budgetBytes: budgetKb * 1024,
    loginBytes,
    loginChunks: [...loginRoute].map((k) => ({ file: chunk(k).file, bytes: gzipBytes(chunk(k).file) })),
    mockBytes: mock ? sum(mockChunks) : null,
    ok: loginBytes <= budgetKb * 1024,
  };
}

export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
