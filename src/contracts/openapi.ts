/**
 * The OpenAPI 3.1 document of the dialect, generated from the operation table and its zod schemas (never
 * written by hand). The mock serves it at `GET /openapi.json`; `npm run fuzz` reads nothing else.
 */
import { z } from 'zod';
import { errorEnvelope, resultEnvelope } from './answers';
import { OPERATIONS } from './operations';
import type { Operation } from './operation';
import { PATH_PARAMS } from './queries';

export type JsonObject = Record<string, unknown>;

/** Error statuses an operation documents: every one may be refused; bodies may be too big or conflict. */
export const errorStatuses = (op: Pick<Operation, 'method' | 'open'>): number[] =>
  op.open ? [] : op.method === 'GET' ? [400, 401, 403, 404] : [400, 401, 403, 404, 409, 413];

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonObject {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonObject;
  return rest;
}

const optional = (schema: z.ZodType): boolean => schema.safeParse(undefined).success;

function parameters(op: Operation): JsonObject[] {
  const path = [...op.path.matchAll(/:(\w+)/g)].map(([, name = '']) => {
    const schema = PATH_PARAMS[name];
    if (!schema) throw new Error(`No schema for the path parameter "${name}" of ${op.method} ${op.path}.`);
    return { name, in: 'path', required: true, schema: jsonSchema(schema, 'input') };
  });
  const query = Object.entries(op.query?.shape ?? {}).map(([name, schema]) => ({
    name,
    in: 'query',
    required: !optional(schema),
    schema: jsonSchema(schema, 'input'),
  }));
  const headers: JsonObject[] = [];
  if (!op.open) {
    headers.push({
      name: 'x-flespi-cid',
      in: 'header',
      required: false,
      description: 'Act as this account (one the token may act as).',
      schema: { type: 'integer', minimum: 1 },
    });
  }
  if (op.write) {
    headers.push({
      name: 'If-Match',
      in: 'header',
      required: false,
      description: 'The rev the change is based on: a stale one is 409.',
      schema: { type: 'string', pattern: '^"?\\d+"?$' },
    });
  }
  return [...path, ...query, ...headers];
}

const operationId = (op: Operation): string =>
  [
    op.method.toLowerCase(),
    ...op.path
      .split('/')
      .filter(Boolean)
      .map((seg) => seg.replace(/^:/, 'by_').replace(/[^\w]/g, '_')),
  ].join('_');

function operation(op: Operation): JsonObject {
  const success = op.whole ?? resultEnvelope(op.result ?? z.unknown());
  const responses: JsonObject = {
    200: { description: 'Done', content: { 'application/json': { schema: jsonSchema(success, 'output') } } },
  };
  for (const status of errorStatuses(op)) responses[status] = { $ref: '#/components/responses/Error' };
  return {
    operationId: operationId(op),
    summary: op.summary,
    tags: [op.tag],
    ...(op.open ? { security: [] } : {}),
    parameters: parameters(op),
    ...(op.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(op.body, 'input') } } } } : {}),
    responses,
  };
}

export function buildOpenApiDocument(operations: readonly Operation[] = OPERATIONS): JsonObject {
  const paths: Record<string, JsonObject> = {};
  for (const op of operations) {
    const key = op.path.replace(/:(\w+)/g, '{$1}');
    const item = (paths[key] ??= {});
    item[op.method.toLowerCase()] = operation(op);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'IoT access panel: the flespi REST dialect (mock backend)',
      version: '1.0.0',
      description: 'Generated from the zod contracts in src/contracts (operations.ts). Answers are `{result: [...]}` or `{errors: [{code, reason}]}`.',
    },
    servers: [{ url: '/' }],
    security: [{ FlespiToken: [] }],
    paths,
    components: {
      securitySchemes: {
        FlespiToken: { type: 'apiKey', in: 'header', name: 'Authorization', description: 'The header value is `FlespiToken <key>`.' },
      },
      responses: {
        Error: { description: 'Refused: the status and a reason', content: { 'application/json': { schema: jsonSchema(errorEnvelope, 'output') } } },
      },
    },
  };
}

let cached: JsonObject | null = null;
/** Built once: the table does not change while the program runs. */
export const openApiDocument = (): JsonObject => (cached ??= buildOpenApiDocument());
