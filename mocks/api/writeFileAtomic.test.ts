import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from './writeFileAtomic';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writeFileAtomic (the API data file)', () => {
  it('replaces the file whole and leaves no temporary file beside it', () => {
    dir = mkdtempSync(join(tmpdir(), 'api-data-'));
    const file = join(dir, 'world.json');
    writeFileSync(file, '{"old":true}');
    writeFileAtomic(file, '{"new":true}');
    writeFileAtomic(file, JSON.stringify({ big: 'x'.repeat(100_000) }));
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ big: 'x'.repeat(100_000) });
    expect(readdirSync(dir)).toEqual(['world.json']);
  });

  it('leaves the old file untouched and cleans up when the write cannot finish', () => {
    dir = mkdtempSync(join(tmpdir(), 'api-data-'));
    const file = join(dir, 'world.json');
    writeFileSync(file, '{"old":true}');
    // A directory where the file should go: the rename fails after the temporary file is written.
    expect(() => writeFileAtomic(dir, '{"new":true}')).toThrow();
    expect(() => writeFileAtomic(join(dir, 'missing', 'world.json'), '{}')).toThrow();
    expect(readFileSync(file, 'utf8')).toBe('{"old":true}');
    expect(readdirSync(dir)).toEqual(['world.json']);
  });
});
