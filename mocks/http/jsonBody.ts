/** Reading a JSON request body within the edge's limits: size (413), nesting depth (400), no `__proto__` keys. */
import { MAX_BODY_BYTES, MAX_JSON_DEPTH } from './limits';
import { HttpError } from './httpError';

/**
 * Whether JSON text nests arrays and objects deeper than `max`, found by one scan of the text: JSON.parse
 * (and every recursive walk after it) would overflow the stack on a body nested thousands deep.
 */
export function jsonDepthExceeds(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return true;
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
    }
  }
  return false;
}

/** JSON.parse makes `__proto__` an own key, harmless until some copy assigns it and swaps a prototype: drop it. */
const withoutProtoKeys = (key: string, value: unknown): unknown => (key === '__proto__' ? undefined : value);

export function parseJsonBody(bytes: ArrayBuffer): unknown {
  if (bytes.byteLength > MAX_BODY_BYTES) throw new HttpError(413, `The request body is larger than ${MAX_BODY_BYTES} bytes.`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new HttpError(400, 'The request body is not valid UTF-8.');
  }
  if (jsonDepthExceeds(text, MAX_JSON_DEPTH)) throw new HttpError(400, `The request body nests arrays and objects deeper than ${MAX_JSON_DEPTH} levels.`);
  try {
    return JSON.parse(text, withoutProtoKeys) as unknown;
  } catch {
    throw new HttpError(400, 'The request body is not valid JSON.');
  }
}

/** Refuses by the declared length before reading, so an oversized body is not buffered first. */
export async function readJsonBody(request: Request): Promise<unknown> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > MAX_BODY_BYTES) throw new HttpError(413, `The request body is larger than ${MAX_BODY_BYTES} bytes.`);
  return parseJsonBody(await request.arrayBuffer());
}
