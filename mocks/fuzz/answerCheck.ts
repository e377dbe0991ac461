/**
 * Checks an answer against the document: its status must be one the operation documents, and its body
 * valid JSON matching that status's schema (Ajv, JSON Schema 2020-12 as OpenAPI 3.1 uses, with formats).
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { FuzzOperation } from './fuzzDocument';

// ajv-formats is CommonJS: under Node's ESM loader its default export is the module object.
const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;

export interface AnswerProblem {
  status: number;
  problem: string;
}

export function answerChecker(): (op: FuzzOperation, status: number, contentType: string | null, text: string) => AnswerProblem | null {
  const ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: true });
  addFormats(ajv);
  const compiled = new Map<string, ValidateFunction>();
  return (op, status, contentType, text) => {
    const schema = op.answers.get(status);
    if (!schema) return { status, problem: `status ${status} is not documented for ${op.method} ${op.path}` };
    if (!contentType?.includes('application/json')) return { status, problem: `content-type ${contentType ?? '(none)'} instead of application/json` };
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return { status, problem: `the body is not JSON: ${text.slice(0, 80)}` };
    }
    const key = `${op.method} ${op.path} ${status}`;
    let validate = compiled.get(key);
    if (!validate) {
      validate = ajv.compile(schema);
      compiled.set(key, validate);
    }
    if (validate(body)) return null;
    const first = validate.errors?.[0];
    return { status, problem: `${first?.instancePath || '(root)'} ${first?.message ?? 'does not match'} ${JSON.stringify(first?.params ?? {})}` };
  };
}
