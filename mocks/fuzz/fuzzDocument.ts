/**
 * What the fuzzer reads from an OpenAPI 3.1 document, and nothing else: each operation's method, path,
 * parameters, request body schema and documented answers (`$ref`s to components resolved).
 */
export type JsonSchema = Record<string, unknown>;

export interface FuzzParam {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  schema: JsonSchema;
}

export interface FuzzOperation {
  method: string;
  /** `/gw/devices/{sel}` */
  path: string;
  params: FuzzParam[];
  body: JsonSchema | null;
  /** JSON schema of the answer, by status. */
  answers: Map<number, JsonSchema>;
  /** No security requirement: answered without a token. */
  open: boolean;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const obj = (v: unknown): Record<string, unknown> => (isObj(v) ? v : {});

function resolve(doc: Record<string, unknown>, v: unknown): Record<string, unknown> {
  const o = obj(v);
  const ref = o['$ref'];
  if (typeof ref !== 'string') return o;
  if (!ref.startsWith('#/')) throw new Error(`Only local $refs are read: ${ref}`);
  return resolve(
    doc,
    ref
      .slice(2)
      .split('/')
      .reduce<unknown>((at, key) => obj(at)[key], doc),
  );
}

const jsonSchemaOf = (content: unknown): JsonSchema | null => {
  const media = obj(obj(content)['application/json']);
  return isObj(media['schema']) ? media['schema'] : null;
};

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

export function readOperations(doc: Record<string, unknown>): FuzzOperation[] {
  const out: FuzzOperation[] = [];
  for (const [path, item] of Object.entries(obj(doc['paths']))) {
    for (const method of METHODS) {
      const op = obj(obj(item)[method]);
      if (Object.keys(op).length === 0) continue;
      const params = (Array.isArray(op['parameters']) ? op['parameters'] : []).map((raw): FuzzParam => {
        const p = resolve(doc, raw);
        const where = p['in'];
        if (where !== 'path' && where !== 'query' && where !== 'header') throw new Error(`${method} ${path}: parameter in ${String(where)}`);
        return { name: String(p['name']), in: where, required: p['required'] === true, schema: obj(p['schema']) };
      });
      const answers = new Map<number, JsonSchema>();
      for (const [status, raw] of Object.entries(obj(op['responses']))) {
        const schema = jsonSchemaOf(resolve(doc, raw)['content']);
        if (schema) answers.set(Number(status), schema);
      }
      const security = op['security'] ?? doc['security'];
      out.push({
        method: method.toUpperCase(),
        path,
        params,
        answers,
        body: jsonSchemaOf(resolve(doc, op['requestBody'])['content']),
        open: !Array.isArray(security) || security.length === 0,
      });
    }
  }
  return out;
}
