/** The access explorer specs' reading of the API and of the tables (`explorer.spec.ts`, `whoHasAccess.spec.ts`). */
import type { Page } from '@playwright/test';
import { summarizeRules } from '../../src/permissions';
import type { AccessEntry } from '../../src/permissions';
import type { InstanceType } from '../../src/domain/types';
import { callApi, expect, personaKey } from '../fixtures';
import type { ExplorerPage } from '../pages/ExplorerPage';

export const ADMIN = personaKey('acme-admin');
const ROOT = 1000;
export const DANA = 1007;
export const NORTHWIND = 1004;
export const SUPPORT = 1006;

type Entry = AccessEntry & { name: string; acl?: string };

async function apiEntries(page: Page, query: string): Promise<Entry[]> {
  const r = await callApi<Entry>(page, ADMIN, 'GET', `/platform/access/${query}`);
  expect(r.status).toBe(200);
  return r.body.result ?? [];
}

/** Account names as the root's master token reads them (the accounts it may act as): reasons name accounts. */
export async function accountLabels(page: Page): Promise<(cid: number) => string> {
  const r = await callApi<{ id: number; name: string }>(page, ADMIN, 'GET', `/platform/access/${ROOT}/accounts`);
  expect(r.status).toBe(200);
  const names = new Map((r.body.result ?? []).map((a) => [a.id, a.name]));
  return (cid) => names.get(cid) ?? `#${cid}`;
}

/** What the table must show for these API entries: name, id, permissions, reason lines. */
const expectedRows = (entries: Entry[], label: (cid: number) => string) =>
  entries.map((e) => ({
    name: e.name,
    id: String(e.id),
    permissions: e.permissions.join(', '),
    reasons: [...summarizeRules(e.rules, label).map((s) => s.text), ...(e.acl ? [e.acl] : [])],
  }));

async function shownRows(explorer: ExplorerPage, type: InstanceType) {
  const cells = await explorer.shownCells(type);
  return cells.map(([, id, name, , permissions, reasons]) => ({ name, id, permissions, reasons: reasons ? reasons.split('; ') : [] }));
}

export async function expectTableEqualsApi(explorer: ExplorerPage, type: InstanceType, query: string): Promise<Entry[]> {
  const entries = await apiEntries(explorer.page, query);
  expect(entries.length).toBeGreaterThan(0);
  await expect(explorer.rows(type)).toHaveCount(entries.length);
  expect(await shownRows(explorer, type)).toEqual(expectedRows(entries, await accountLabels(explorer.page)));
  return entries;
}

export async function trackItTokenId(page: Page): Promise<number> {
  const tokens = await callApi<{ id: number; info: string }>(page, ADMIN, 'GET', '/platform/tokens/all');
  const t = tokens.body.result?.find((x) => x.info === 'TrackIt link');
  if (!t) throw new Error('TrackIt link token not found');
  return t.id;
}
