import { describe, expect, it } from 'vitest';
import { jsonDepthExceeds, parseJsonBody, readJsonBody } from './jsonBody';
import { MAX_BODY_BYTES, MAX_JSON_DEPTH } from './limits';

const bytes = (text: string) => new TextEncoder().encode(text).buffer;
const nested = (depth: number) => `${'['.repeat(depth)}1${']'.repeat(depth)}`;
const refusal = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e;
  }
  return null;
};

describe('JSON request bodies', () => {
  it('measures depth in one scan, ignoring brackets inside strings', () => {
    expect(jsonDepthExceeds(nested(3), 3)).toBe(false);
    expect(jsonDepthExceeds(nested(4), 3)).toBe(true);
    const withBracketsInStrings = '{"a":"[[[[[[\\"[[[[","b":[{}]}';
    expect(jsonDepthExceeds(withBracketsInStrings, 3)).toBe(false);
    expect(jsonDepthExceeds(withBracketsInStrings, 2)).toBe(true);
    expect(jsonDepthExceeds(nested(1_000_000), MAX_JSON_DEPTH)).toBe(true);
  });

  it('refuses a body nested thousands deep with 400, before parsing it', () => {
    expect(refusal(() => parseJsonBody(bytes(`{"name":${nested(100_000)}}`)))).toMatchObject({
      status: 400,
      message: expect.stringContaining('deeper than 32') as unknown,
    });
    expect(parseJsonBody(bytes(`{"a":${nested(MAX_JSON_DEPTH - 1)}}`))).toEqual({ a: JSON.parse(nested(MAX_JSON_DEPTH - 1)) as unknown });
  });

  it('refuses a body above the size limit with 413, by its declared length without reading it', async () => {
    expect(refusal(() => parseJsonBody(new ArrayBuffer(MAX_BODY_BYTES + 1)))).toMatchObject({ status: 413 });
    const request = new Request('http://localhost/x', { method: 'POST', body: 'x', headers: { 'content-length': String(MAX_BODY_BYTES + 1) } });
    await expect(readJsonBody(request)).rejects.toMatchObject({ status: 413 });
    expect(request.bodyUsed).toBe(false);
  });

  it('refuses text that is not JSON or not UTF-8 with 400', () => {
    expect(refusal(() => parseJsonBody(bytes('{"a":')))).toMatchObject({ status: 400, message: 'The request body is not valid JSON.' });
    expect(refusal(() => parseJsonBody(new Uint8Array([0x7b, 0xff, 0x7d]).buffer))).toMatchObject({ status: 400 });
  });

  it('drops __proto__ keys at every level, so no copy of the body can swap a prototype', () => {
    const body = parseJsonBody(bytes('{"name":"x","__proto__":{"admin":true},"meta":{"\\u005f_proto__":{"polluted":1},"k":[{"__proto__":null}]}}'));
    expect(body).toEqual({ name: 'x', meta: { k: [{}] } });
    const target: Record<string, unknown> = {};
    Object.assign(target, body);
    expect(Object.getPrototypeOf(target)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });
});
