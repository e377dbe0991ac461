/**
 * Entry point, and the only file in src/ that loads mocks/: unless VITE_API_BASE names a real server,
 * the in-browser mock backend (its own chunk) starts before the app renders, and hands over its personas.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import type { DemoPersona } from './auth/demoPersonas';
import type { DemoWorld } from './auth/demoWorld';

interface Demo {
  personas: readonly DemoPersona[];
  world: DemoWorld;
}

async function startBackend(): Promise<Demo | null> {
  if (import.meta.env.VITE_API_BASE) return null;
  const { startMockBackend } = await import('../mocks/browser');
  const { personas, notice, world, kept } = await startMockBackend();
  if (notice) showNotice(notice, kept);
  return { personas, world };
}

/** A stored world that could not be used is replaced by the demo world; say so, visibly, and offer what was kept. */
function showNotice(text: string, kept: { fileName: string; json: string } | null): void {
  const el = document.createElement('div');
  el.setAttribute('role', 'status');
  el.style.cssText = 'padding:8px 16px;background:#fff4e5;color:#663c00;font:14px system-ui';
  el.textContent = text;
  if (kept) {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([kept.json], { type: 'application/json' }));
    link.download = kept.fileName;
    link.textContent = 'Download the saved data';
    link.style.cssText = 'margin-left:8px;color:#663c00;font-weight:600';
    el.append(link);
  }
  document.body.prepend(el);
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

startBackend().then(
  (demo) =>
    createRoot(root).render(
      <StrictMode>
        <App demoPersonas={demo?.personas ?? null} demoWorld={demo?.world ?? null} />
      </StrictMode>,
    ),
  (error: unknown) => {
    // Rendered as text: the message comes from the browser (service worker registration, for instance).
    root.textContent = `The demo backend could not start: ${error instanceof Error ? error.message : String(error)}`;
  },
);
