import { describe, expect, it } from 'vitest';
import { serverHas } from './useServerHas';

describe('serverHas', () => {
  it('is what the server announced', () => {
    expect(serverHas({ extensions: ['access'] }, 'access')).toBe(true);
    expect(serverHas({ extensions: ['access'] }, 'roles')).toBe(false);
    expect(serverHas({ extensions: [] }, 'access')).toBe(false);
  });
  it('a session stored before the panel read the header counts as our backend until /auth/info is read again', () => {
    expect(serverHas({}, 'roles')).toBe(true);
  });
  it('a feature that needs nothing is always there', () => {
    expect(serverHas({ extensions: [] }, undefined)).toBe(true);
  });
});
