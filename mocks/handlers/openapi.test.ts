/**
 * The OpenAPI document against the route table, both ways: an endpoint missing from the document (or a
 * document entry no route serves) fails here. And the document is valid OpenAPI 3.1 and served as such.
 */
import { Validator } from '@seriousme/openapi-schema-validator';
import { getResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '../../src/contracts/openapi';
import { OPERATIONS, operationKey } from '../../src/contracts/operations';
import { LOCKOUT_CHANGE_NAMES, RIGHT_SOURCE_NAMES } from '../../src/contracts/queries';
import { LOCKOUT_CHANGES, RIGHT_SOURCES } from '../../src/permissions';
import { handlers } from './index';

function routeKeys(): string[] {
  return handlers.map((h) => {
    const info = h.info as { method?: unknown; path?: unknown };
    if (typeof info.method !== 'string' || typeof info.path !== 'string') throw new Error(`A route without method or path: ${h.info.header}`);
    return operationKey(info.method, info.path.replace(/^\*/, ''));
  });
}

describe('the OpenAPI document', () => {
  it('has one operation per route of the route table, and no other', () => {
    const routes = routeKeys();
    const documented = OPERATIONS.map((op) => operationKey(op.method, op.path));
    expect(new Set(routes).size).toBe(routes.length);
    expect(routes.filter((r) => !documented.includes(r))).toEqual([]);
    expect(documented.filter((d) => !routes.includes(d))).toEqual([]);
  });

  it('lists the same query values as the handlers and the permission module', () => {
    expect([...RIGHT_SOURCE_NAMES]).toEqual([...RIGHT_SOURCES]);
    expect([...LOCKOUT_CHANGE_NAMES]).toEqual([...LOCKOUT_CHANGES]);
  });

  it('is valid OpenAPI 3.1', async () => {
    const result = await new Validator().validate(buildOpenApiDocument());
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('is served at /openapi.json without a token', async () => {
    const res = await getResponse(handlers, new Request('http://api.test/openapi.json'));
    expect(res?.status).toBe(200);
    const doc = (await res?.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toContain('/gw/devices/{sel}');
  });
});
