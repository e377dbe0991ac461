import { describe, expect, it } from 'vitest';
import { assignmentDraft, emptyAssignmentForm } from './assignmentDraft';

const NOW = Date.UTC(2026, 10, 23, 12) / 1000;

describe('assignmentDraft', () => {
  it('names every missing field', () => {
    const r = assignmentDraft(emptyAssignmentForm(), NOW);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.errors).sort()).toEqual(['role', 'scope', 'subject']);
  });

  it('makes an account scope that never expires', () => {
    const r = assignmentDraft({ ...emptyAssignmentForm(1004), roleId: 3, scopeAccount: 1004 }, NOW);
    expect(r).toEqual({ ok: true, draft: { role_id: 3, subject_cid: 1004, scope: '/accounts/1004', expire: 0 } });
  });

  it('scopes a group under its owner account, and asks for the item when none is picked', () => {
    const form = { ...emptyAssignmentForm(1005), roleId: 4, scopeKind: 'instance' as const, scopeType: 'groups' as const };
    const missing = assignmentDraft(form, NOW);
    expect(missing.ok ? null : missing.errors.scope).toBe('Scope: pick one of the groups.');
    const r = assignmentDraft({ ...form, scopeItem: { id: 7, cid: 1004 } }, NOW);
    expect(r.ok && r.draft.scope).toBe('/accounts/1004/groups/7');
  });

  it('expires at the end of the picked local day, which must be in the future', () => {
    const base = { ...emptyAssignmentForm(1004), roleId: 3, scopeAccount: 1004 };
    const later = assignmentDraft({ ...base, expiry: '2026-12-01' }, NOW);
    expect(later.ok && later.draft.expire).toBe(new Date(2026, 11, 1, 23, 59, 0).getTime() / 1000);
    const past = assignmentDraft({ ...base, expiry: '2026-11-01' }, NOW);
    expect(past.ok ? null : past.errors.expiry).toBe('Expires: the date must be in the future.');
    const bad = assignmentDraft({ ...base, expiry: 'soon' }, NOW);
    expect(bad.ok ? null : bad.errors.expiry).toMatch(/^Expires: enter a date/);
  });
});
