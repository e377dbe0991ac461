import { describe, expect, it } from 'vitest';
import { ApiError } from '../lib/apiClient';
import { classifyLoginError } from './loginFailure';

const refused = (reason: string, extra: Record<string, unknown> = {}) => new ApiError('http', 401, [{ code: 401, reason, ...extra }], 'GET /auth/info');

describe('classifyLoginError', () => {
  it.each([
    ['The token is unknown.', 'unknown'],
    ['The token has expired.', 'expired'],
    ['The token is disabled.', 'disabled'],
    ['The token is malformed: a key is 64 letters and digits.', 'malformed'],
    ["The token's account is blocked.", 'blocked'],
    ['Invalid token', 'unknown'],
  ])('"%s" → %s, keeping the server reason', (reason, kind) => {
    const f = classifyLoginError(refused(reason));
    expect(f.kind).toBe(kind);
    expect(f.serverReason).toBe(reason);
  });

  it('prefers a refusal code when the server sends one', () => {
    expect(classifyLoginError(refused('Refused.', { refusal: 'token-disabled' })).kind).toBe('disabled');
  });

  it('tells a network failure and a server failure apart from a refusal', () => {
    expect(classifyLoginError(new ApiError('network', 0, [], 'GET /auth/info')).kind).toBe('network');
    expect(classifyLoginError(new ApiError('http', 500, [], 'GET /auth/info')).kind).toBe('server');
    expect(classifyLoginError(new Error('x')).kind).toBe('server');
  });

  it('gives every kind a distinct title', () => {
    const titles = ['The token is unknown.', 'The token has expired.', 'The token is disabled.'].map((r) => classifyLoginError(refused(r)).title);
    expect(new Set(titles).size).toBe(3);
  });
});
