/**
 * Component tests: a part of the panel rendered with the panel's own providers, signed in as a demo persona,
 * against the mock backend through msw/node (the same handlers and demo world as the browser). The requests
 * the part sends are kept, so a test can check the body a submit sent; the answers are the backend's own.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import type { RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { personaKey } from '../../mocks/db/demo/personas';
import type { Persona } from '../../mocks/db/demo/personas';
import { resetMockWorld, server } from '../../mocks/node';
import { fetchAuthInfo } from '../auth/authInfo';
import { SessionProvider } from '../auth/SessionProvider';
import { createSessionStore } from '../auth/sessionStore';
import { NotifyProvider } from '../components/feedback/NotifyProvider';
import { ApiClientProvider } from '../lib/ApiClientProvider';
import { createApiClient } from '../lib/apiClient';

const BASE = 'http://api.test';

export interface SentRequest {
  method: string;
  path: string;
  body: unknown;
}

/** Starts msw/node for the file and a fresh demo world per test; `sent()` lists the writes made so far. */
export function withMockBackend(): { sent: () => Promise<SentRequest[]> } {
  const requests: Array<Promise<SentRequest>> = [];
  beforeAll(() => {
    server.listen({ onUnhandledRequest: 'error' });
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'GET') return;
      const json = request.headers.get('content-type')?.includes('json');
      const read = async (): Promise<SentRequest> => ({
        method: request.method,
        path: new URL(request.url).pathname,
        body: json ? await request.clone().json() : null,
      });
      requests.push(read());
    });
  });
  afterAll(() => {
    server.events.removeAllListeners();
    server.close();
  });
  beforeEach(() => {
    resetMockWorld();
    requests.length = 0;
  });
  afterEach(() => {
    cleanup();
    localStorage.clear();
    sessionStorage.clear();
  });
  return { sent: () => Promise.all(requests) };
}

/** Renders `ui` signed in as `persona` (its real /auth/info answer), inside a router at `/`. */
export async function renderSignedIn(persona: Persona['id'], ui: ReactElement): Promise<RenderResult> {
  const key = personaKey(persona);
  const store = createSessionStore(localStorage, sessionStorage);
  const api = createApiClient({
    baseUrl: BASE,
    getKey: () => store.get()?.key ?? null,
    getActingCid: () => store.get()?.actingCid ?? null,
    fetch: (input, init) => fetch(input, init),
  });
  store.signIn(key, await fetchAuthInfo(api, { key }), false);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <SessionProvider store={store}>
      <ApiClientProvider client={api}>
        <QueryClientProvider client={queryClient}>
          <NotifyProvider>
            <MemoryRouter>{ui}</MemoryRouter>
          </NotifyProvider>
        </QueryClientProvider>
      </ApiClientProvider>
    </SessionProvider>,
  );
}

/** The text an element's `aria-describedby` points at (a field's helper text: its error, when it has one). */
export function descriptionOf(el: HTMLElement): string {
  const ids = (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ')
    .trim();
}

/** Picks `option` in the MUI select or autocomplete labelled `label` (its list opens in a popup outside the dialog). */
export async function choose(
  user: { click: (el: Element) => Promise<void> },
  within: { getByRole: (role: 'combobox', o: { name: string | RegExp }) => HTMLElement },
  label: string | RegExp,
  option: string | RegExp,
): Promise<void> {
  await user.click(within.getByRole('combobox', { name: label }));
  await user.click(await screen.findByRole('option', { name: option }));
}

/** A call to the mock backend as a persona, outside the UI (to set a scene or change the world mid-test). */
export async function callAs(persona: Persona['id'], method: string, path: string, body?: unknown): Promise<{ status: number; result: Array<{ id: number }> }> {
  const res = await fetch(`${BASE}${path}`, {
    method,
    headers: { Authorization: `FlespiToken ${personaKey(persona)}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const json = (await res.json()) as { result?: Array<{ id: number }> };
  return { status: res.status, result: json.result ?? [] };
}
