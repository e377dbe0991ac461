// `npm start` prints the demo personas read from mocks/db/demo/personas.ts as text (no TypeScript runtime):
// the reading must see every persona the module exports, however Prettier lays the file out.
import { describe, expect, it } from 'vitest';
import { PERSONAS } from '../mocks/db/demo/personas';
import { readPersonas } from './personas.mjs';

describe('readPersonas', () => {
  it('reads every persona of the module, with its key and kind', () => {
    const read = readPersonas().map(({ id, label, accountName, kind, key, refused }) => ({ id, label, accountName, kind, key, refused }));
    expect(read).toEqual(PERSONAS.map(({ id, label, accountName, kind, key, refused }) => ({ id, label, accountName, kind, key, refused })));
  });
});
