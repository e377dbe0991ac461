import { describe, expect, it } from 'vitest';
import { dropReferences, hygieneFindings } from './index';
import type { HygieneFinding } from './index';
import { NOW, fixtureWorld } from './test/fixtures';

const summary = (fs: readonly HygieneFinding[]) => fs.map((f) => `${f.type}:${f.id}:${f.reasons.map((r) => r.code).join('+')}`).sort();

describe('hygieneFindings: what gives nothing any more', () => {
  it('on the fixture world: disabled, expired, re-shared foreign device, expired assignment', () => {
    expect(summary(hygieneFindings(fixtureWorld(), NOW))).toEqual(
      ['grants:6:disabled', 'grants:7:expired', 'grants:9:no-items', 'role-assignments:2:expired'].sort(),
    );
  });
  it('a grant whose only device was deleted, and one without grantees', () => {
    const world = fixtureWorld();
    dropReferences(world, { type: 'devices', ids: [122] });
    expect(summary(hygieneFindings(world, NOW))).toContain('grants:2:no-items');
    const other = fixtureWorld();
    dropReferences(other, { type: 'subaccounts', ids: [6] });
    other.accounts = other.accounts.filter((a) => a.id !== 6);
    const s = summary(hygieneFindings(other, NOW));
    expect(s).toContain('grants:8:no-grantees');
    expect(s).toContain('grants:10:no-grantees');
  });
  it('assignments naming a deleted role, subject or scope instance, or an empty role', () => {
    const world = fixtureWorld();
    world.roles = world.roles.filter((r) => r.id !== 10);
    world.instances.devices = world.instances.devices.filter((d) => d.id !== 123);
    world.accounts = world.accounts.filter((a) => a.id !== 2);
    const reader = world.roles.find((r) => r.id === 3);
    if (reader) reader.permissions = [];
    const s = summary(hygieneFindings(world, NOW).filter((f) => f.type === 'role-assignments'));
    expect(s).toEqual([
      'role-assignments:1:role-empty',
      'role-assignments:2:expired',
      'role-assignments:3:subject-missing',
      'role-assignments:4:scope-missing',
      'role-assignments:5:role-missing+subject-missing',
    ]);
  });
  it('"all" items give something; `only` narrows to the ids given', () => {
    const world = fixtureWorld();
    world.instances.calcs = [];
    expect(summary(hygieneFindings(world, NOW)).some((x) => x.startsWith('grants:3:'))).toBe(false);
    expect(summary(hygieneFindings(world, NOW, { grants: new Set([7]), assignments: new Set() }))).toEqual(['grants:7:expired']);
  });
});
