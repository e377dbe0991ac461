import { HttpResponse } from 'msw';

export interface ErrorEntry {
  code: number;
  reason: string;
  index?: number;
}

export const fail = (status: number, reason: string, extra: Omit<ErrorEntry, 'code' | 'reason'> = {}) =>
  HttpResponse.json({ errors: [{ code: status, reason, ...extra }] }, { status });

export const ok = <T>(result: T[], extra: Record<string, unknown> = {}) => HttpResponse.json({ result, ...extra });

export { HttpError } from './httpError';
/** The body as JSON within the edge's limits (413 above the size limit, 400 when too deep or not JSON). */
export { readJsonBody as readJson } from './jsonBody';
