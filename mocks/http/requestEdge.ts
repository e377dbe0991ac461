/**
 * Checks of a request before any route sees it, shared by the browser mock (`edgeGuard`) and `npm run api`:
 * methods the dialect does not know (405) and paths that do not decode (400). Each returns null when fine.
 */
import { HttpError } from './httpError';
import { fail } from './respond';

export const KNOWN_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;
const known = new Set<string>(KNOWN_METHODS);

export function methodProblem(method: string): Response | null {
  if (known.has(method.toUpperCase())) return null;
  const answer = fail(405, `The method ${method.slice(0, 20)} is not supported; use one of ${KNOWN_METHODS.join(', ')}.`);
  answer.headers.set('allow', KNOWN_METHODS.join(', '));
  return answer;
}

/** A `%` escape that does not decode (`/gw/devices/%zz`) made route matching throw URIError. */
export function pathProblem(pathname: string): Response | null {
  try {
    decodeURIComponent(pathname);
    return null;
  } catch {
    return fail(400, 'The request path is not valid: it holds a malformed % escape.');
  }
}

/** The answer to an exception a route did not catch: its own status for an HttpError, otherwise a logged 500. */
export function answerException(error: unknown, request: Pick<Request, 'method' | 'url'>): Response {
  if (error instanceof HttpError) return fail(error.status, error.message, error.index === undefined ? {} : { index: error.index });
  console.error(`[mock backend] ${request.method} ${request.url} failed:`, error);
  return fail(500, 'The server failed on this request; the error has been logged.');
}
