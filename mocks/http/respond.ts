import { HttpResponse } from 'msw';

export interface ErrorEntry {
  code: number;
  reason: string;
  index?: number;
}

export const fail = (status: number, reason: string, extra: Omit<ErrorEntry, 'code' | 'reason'> = {}) =>
  HttpResponse.json({ errors: [{ code: status, reason, ...extra }] }, { status });

export const failMany = (status: number, errors: ErrorEntry[]) => HttpResponse.json({ errors }, { status });

export const ok = <T>(result: T[], extra: Record<string, unknown> = {}) => HttpResponse.json({ result, ...extra });

/** Thrown inside a resolver to answer with an error; `handle` turns it into the response. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    reason: string,
    readonly index?: number,
  ) {
    super(reason);
  }
}

export async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.length > 1_000_000) throw new HttpError(413, 'The request body is larger than 1 MB.');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, 'The request body is not valid JSON.');
  }
}
