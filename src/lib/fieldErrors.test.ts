import { describe, expect, it } from 'vitest';
import { instanceCreate } from '../contracts/schemas';
import { fieldErrors } from './fieldErrors';

describe('fieldErrors', () => {
  it('names the field and says what is expected, from the backend schema', () => {
    const r = fieldErrors(instanceCreate, { name: '   ', cid: 1000 });
    expect(r).toEqual({ ok: false, errors: { name: 'Name must not be empty.' } });
    const long = fieldErrors(instanceCreate, { name: 'x'.repeat(256) });
    expect(long.ok === false && long.errors.name).toBe('Name must be at most 255 characters.');
  });
  it('hands back the parsed value when valid', () => {
    expect(fieldErrors(instanceCreate, { name: ' Truck ', cid: 1000 })).toEqual({ ok: true, data: { name: 'Truck', cid: 1000 } });
  });
});
