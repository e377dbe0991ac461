// The built app, served by `vite preview` for Playwright on a port this run owns: a free one, found when the
// config loads (or PW_PORT). The server is never reused: a stale server left by an interrupted run would be
// tested instead of the build just made. Playwright's workers load the config again; they inherit PW_PORT
// from the runner's environment, so every process agrees on the port.
import { createServer } from 'node:net';

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, 'localhost', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export async function previewServer() {
  if (!process.env.PW_PORT) process.env.PW_PORT = String(await freePort());
  const port = Number(process.env.PW_PORT);
  const outDir = process.env.PW_DIST ?? 'dist';
  const baseURL = `http://localhost:${port}`;
  return {
    baseURL,
    webServer: {
      command: `npx vite preview --port ${port} --strictPort --outDir ${outDir}`,
      url: baseURL,
      // Fails with "…is already used" when PW_PORT names a port something else holds.
      reuseExistingServer: false,
      timeout: 60_000,
    },
  };
}
