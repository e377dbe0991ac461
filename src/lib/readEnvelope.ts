/** Turns a response of the dialect into `{result, pagination}` or throws a typed ApiError. */
import { ApiError } from './ApiError';
import type { ApiErrorEntry } from './ApiError';
import type { ApiResult, Pagination } from './apiClient';

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function toEntry(x: unknown, status: number): ApiErrorEntry | null {
  if (!isRecord(x)) return null;
  const reason = typeof x.reason === 'string' ? x.reason : null;
  if (reason === null) return null;
  return { ...x, code: typeof x.code === 'number' ? x.code : status, reason };
}

function readErrors(body: unknown, status: number): ApiErrorEntry[] {
  if (!isRecord(body) || !Array.isArray(body.errors)) return [];
  return body.errors.map((e) => toEntry(e, status)).filter((e): e is ApiErrorEntry => e !== null);
}

function readPagination(body: Record<string, unknown>): Pagination | undefined {
  const p = body.pagination;
  if (!isRecord(p)) return undefined;
  const { limit, offset, count } = p;
  if (typeof limit !== 'number' || typeof offset !== 'number' || typeof count !== 'number') return undefined;
  return { limit, offset, count };
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text().catch(() => '');
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export async function readEnvelope<T>(response: Response, where: string, parse?: (item: unknown) => T): Promise<ApiResult<T>> {
  const body = await readJson(response);
  if (!response.ok) throw new ApiError('http', response.status, readErrors(body, response.status), where);
  if (!isRecord(body) || !Array.isArray(body.result)) {
    throw new ApiError(
      'parse',
      response.status,
      [{ code: response.status, reason: 'The server answered without the expected {"result": [...]} envelope.' }],
      where,
    );
  }
  let result: T[];
  try {
    result = parse ? body.result.map(parse) : (body.result as T[]);
  } catch {
    throw new ApiError('parse', response.status, [{ code: response.status, reason: 'The server answered with items of an unexpected shape.' }], where);
  }
  const out: ApiResult<T> = { result };
  const pagination = readPagination(body);
  if (pagination) out.pagination = pagination;
  const errors = readErrors(body, response.status);
  if (errors.length > 0) out.errors = errors;
  return out;
}
