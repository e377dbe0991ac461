/**
 * Why a key was refused, from `/auth/info`'s answer: the server's 401 reason tells unknown, expired and
 * disabled apart (the mock words them as the permission module's refusals; flespi words them alike).
 */
import { isApiError } from '../lib/apiClient';

export type LoginFailureKind = 'malformed' | 'unknown' | 'expired' | 'disabled' | 'blocked' | 'network' | 'server';

export interface LoginFailure {
  kind: LoginFailureKind;
  title: string;
  /** What it means and what to do. */
  advice: string;
  /** The server's own words, shown as they are (text, never HTML). */
  serverReason?: string;
}

const TEXT: Record<LoginFailureKind, Pick<LoginFailure, 'title' | 'advice'>> = {
  malformed: { title: 'This is not a token key', advice: 'A key is 64 letters and digits. Check that you pasted all of it.' },
  unknown: { title: 'Unknown token', advice: 'No token has this key: it was mistyped, or the token was deleted. Ask its owner for a valid key.' },
  expired: { title: 'This token has expired', advice: 'Ask its owner to extend it or to give you a new one.' },
  disabled: { title: 'This token is disabled', advice: 'It exists but its owner switched it off. Ask them to enable it again.' },
  blocked: { title: "This token's account is blocked", advice: 'Ask the administrator of the parent account to unblock it.' },
  network: { title: 'The server cannot be reached', advice: 'Check your connection (or the API address) and try again.' },
  server: { title: 'Sign-in failed', advice: 'The server refused the request. Try again in a moment.' },
};

export function loginFailure(kind: LoginFailureKind, serverReason?: string): LoginFailure {
  return serverReason ? { kind, ...TEXT[kind], serverReason } : { kind, ...TEXT[kind] };
}

/** Classifies by any refusal code the server sends, else by its reason text. */
export function refusalKind(codeOrReason: string): Exclude<LoginFailureKind, 'network' | 'server'> {
  const s = codeOrReason.toLowerCase();
  if (s.includes('disabled')) return 'disabled';
  if (s.includes('expired') || s.includes('expire')) return 'expired';
  if (s.includes('blocked')) return 'blocked';
  if (s.includes('malformed')) return 'malformed';
  return 'unknown';
}

export function classifyLoginError(e: unknown): LoginFailure {
  if (!isApiError(e)) return loginFailure('server');
  if (e.kind === 'network') return loginFailure('network');
  if (e.status !== 401) return loginFailure('server', e.reason);
  const entry = e.errors[0];
  const hints = [entry?.refusal, entry?.refusal_code, entry?.type, e.reason].filter((h): h is string => typeof h === 'string');
  const kinds = hints.map(refusalKind);
  return loginFailure(kinds.find((k) => k !== 'unknown') ?? 'unknown', e.reason);
}
