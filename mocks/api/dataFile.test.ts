/** `npm run api`'s data file: migrated when older, kept aside (renamed, never written over) when unreadable. */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataFile } from './dataFile';

const dir = () => mkdtempSync(join(tmpdir(), 'api-data-'));

describe('the API data file', () => {
  it('a saved world of version 1 loads', () => {
    const file = join(dir(), 'world.json');
    copyFileSync(new URL('../db/fixtures/store-v1.json', import.meta.url), file);
    const { state, keptAs } = loadDataFile(file);
    expect(keptAs).toBeNull();
    expect(state?.world.instances.devices.some((d) => d.name === 'Saved by version 1')).toBe(true);
  });

  it('an unreadable file is renamed aside with its bytes, and no state is loaded from it', () => {
    for (const text of ['{"version": 1, "world": "garbage"}', 'not json at all', '{"version": 99}']) {
      const file = join(dir(), 'world.json');
      writeFileSync(file, text);
      const { state, keptAs } = loadDataFile(file, new Date('2026-11-30T01:02:03Z'));
      expect(state).toBeNull();
      expect(keptAs).toBe(`${file}.unreadable-2026-11-30T01-02-03-000Z`);
      expect(existsSync(file)).toBe(false);
      expect(readFileSync(keptAs ?? '', 'utf8')).toBe(text);
    }
  });

  it('no file: nothing to load, nothing kept', () => {
    expect(loadDataFile(join(dir(), 'absent.json'))).toEqual({ state: null, keptAs: null });
  });
});
