/** The tokens specs' reading of the API and the page (`tokens.spec.ts`, `tokenKeys.spec.ts`). */
import type { Page } from '@playwright/test';
import { callApi, expect, personaKey } from '../fixtures';

export interface ApiToken {
  id: number;
  cid: number;
  key: string;
  info: string;
  enabled: boolean;
  expire: number;
  ttl: number;
  accessed: number;
  access: { type: number; acl: unknown[] };
}
export interface KindsRow {
  cid: number;
  name: string;
  kinds: Array<{ type: number; allowed: boolean; reason?: string }>;
}

export const DAY = 86_400;
export const admin = personaKey('acme-admin');
export const nowSeconds = () => Math.floor(Date.now() / 1000);
export const sortedIds = (list: ReadonlyArray<{ id: number }>) => list.map((t) => t.id).sort((a, b) => a - b);

export async function apiTokens(page: Page, key: string): Promise<ApiToken[]> {
  const answer = await callApi<ApiToken>(page, key, 'GET', '/platform/tokens/all');
  expect(answer.status).toBe(200);
  return answer.body.result ?? [];
}

export async function apiToken(page: Page, id: number): Promise<ApiToken | undefined> {
  return (await callApi<ApiToken>(page, admin, 'GET', `/platform/tokens/${id}`)).body.result?.[0];
}

/** The id in a token page's address. */
export function idFromUrl(page: Page): number {
  const m = /\/access\/tokens\/(\d+)$/.exec(new URL(page.url()).pathname);
  if (!m?.[1]) throw new Error(`not a token page: ${page.url()}`);
  return Number(m[1]);
}

export const toast = (page: Page, text: string | RegExp) => page.getByTestId('toast').filter({ hasText: text });
export const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
