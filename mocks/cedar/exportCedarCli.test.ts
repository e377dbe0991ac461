/**
 * The path of `npm run export:cedar` (issue 23): its arguments, the world it loads (the demo world, an API
 * data file), the three files it writes and Cedar's validation of them, into a scratch folder.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cedarSchema, policiesText } from '../../src/cedar';
import type { CedarEntity } from '../../src/cedar';
import { choiceName, loadWorld, parseArgs } from './exportWorld';
import { EXPORT_FILES, writeCedarExport } from './writeExport';

const NOW = 1_700_000_000;
const FIXTURE = 'mocks/db/fixtures/store-v1.json';
const scratch = mkdtempSync(join(tmpdir(), 'export-cedar-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function exportInto(argv: string[]): { dir: string; accounts: number[]; written: ReturnType<typeof writeCedarExport> } {
  const { choice, out } = parseArgs(argv);
  const dir = out ?? join(scratch, choiceName(choice));
  const world = loadWorld(choice, NOW);
  return { dir, accounts: world.accounts.map((a) => a.id), written: writeCedarExport(world, dir, NOW) };
}

function expectWritten({ dir, accounts, written }: ReturnType<typeof exportInto>): void {
  expect(written.validation.errors).toEqual([]);
  for (const name of EXPORT_FILES) expect(readFileSync(join(dir, name)).length).toBe(written.bytes[name]);
  expect(JSON.parse(readFileSync(join(dir, 'schema.cedarschema.json'), 'utf8'))).toEqual(cedarSchema());
  const policies = readFileSync(join(dir, 'policies.cedar'), 'utf8');
  expect(policies).toBe(policiesText());
  expect(policies.match(/^@id\(/gm)).toHaveLength(written.x.policies.length);
  const entities = JSON.parse(readFileSync(join(dir, 'entities.json'), 'utf8')) as CedarEntity[];
  expect(entities).toHaveLength(written.x.entities.length);
  const exportedAccounts = new Set(entities.filter((e) => e.uid.type === 'Panel::Account').map((e) => Number(e.uid.id)));
  expect(accounts.length).toBeGreaterThan(5);
  for (const id of accounts) expect(exportedAccounts.has(id)).toBe(true);
}

describe('npm run export:cedar', () => {
  it('writes the demo world (no arguments) and Cedar validates it with 0 errors', () => {
    expect(parseArgs([]).choice).toEqual({ kind: 'demo' });
    expectWritten(exportInto([]));
  });

  it('writes an API data file (--file, --out) and Cedar validates it with 0 errors', () => {
    const out = join(scratch, 'from-file');
    const run = exportInto(['--file', FIXTURE, '--out', out]);
    expect(run.dir).toBe(out);
    const stored = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { world: { accounts: Array<{ id: number }> } };
    expect(run.accounts).toEqual(stored.world.accounts.map((a) => a.id));
    expectWritten(run);
  });

  it('refuses a file that holds no world, and a world it does not know', () => {
    const notAWorld = join(scratch, 'not-a-world.json');
    writeFileSync(notAWorld, '{"version": 1, "accounts": []}');
    expect(() => loadWorld({ kind: 'file', path: notAWorld }, NOW)).toThrow(/is not a world this release can read/);
    expect(() => parseArgs(['--world', 'huge'])).toThrow(/--world is demo or large/);
  });
});
