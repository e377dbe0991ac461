/** The grants specs' reading of the API (`grants.spec.ts`, `grantsReceived.spec.ts`). */
import type { Page } from '@playwright/test';
import type { Grant } from '../../src/domain/types';
import { callApi, personaKey } from '../fixtures';
import type { Persona } from '../fixtures';

export const ADMIN = personaKey('acme-admin');
export const DANA = 1007;
export const NORTHWIND = 1004;

/** Ids of a type the persona's own token gets from the instance list endpoint. */
export const idsFor = async (page: Page, who: Persona['id'], type: string): Promise<number[]> =>
  ((await callApi<{ id: number }>(page, personaKey(who), 'GET', `/gw/${type}/all`)).body.result ?? []).map((r) => r.id).sort((a, b) => a - b);

export const grants = async (page: Page, path = '/platform/grants/all', cid?: number): Promise<Grant[]> =>
  (await callApi<Grant>(page, ADMIN, 'GET', path, undefined, { cid })).body.result ?? [];
