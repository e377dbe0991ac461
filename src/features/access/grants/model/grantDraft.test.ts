import { describe, expect, it } from 'vitest';
import { emptyGrantForm, formOfGrant, grantDraft, newItem, retype } from './grantDraft';
import type { GrantForm } from './grantDraft';

const NOW = Date.UTC(2026, 10, 23, 12) / 1000;
const valid = (): GrantForm => ({
  ...emptyGrantForm(1005),
  name: 'Reefers for Dana',
  grantees: [1007],
  items: [{ ...newItem('devices'), ids: [{ id: 312, name: 'Reefer 12' }], levels: ['read', 'edit'] }],
});

describe('grantDraft', () => {
  it('names every missing field, items by their number', () => {
    const r = grantDraft({ ...emptyGrantForm(), items: [{ ...newItem('devices'), levels: [] }] }, NOW);
    expect(r.ok ? null : r.errors).toEqual({
      name: 'Name must not be empty.',
      grantor: 'Grantor: pick the account that shares.',
      'items.0.levels': 'Item 1: pick at least one level.',
      'items.0.ids': 'Item 1: pick instances, or share all of them.',
    });
  });

  it('takes a grant with no grantees and no items (decided in src/permissions/README.md)', () => {
    expect(grantDraft({ ...valid(), grantees: [], items: [] }, NOW)).toEqual({
      ok: true,
      draft: { cid: 1005, name: 'Reefers for Dana', items: [], subaccounts: [], expire: 0, enabled: true },
    });
  });

  it('makes the grant the API takes', () => {
    expect(grantDraft(valid(), NOW)).toEqual({
      ok: true,
      draft: {
        cid: 1005,
        name: 'Reefers for Dana',
        items: [{ type: 'devices', ids: [312], access: ['read', 'edit'] }],
        subaccounts: [1007],
        expire: 0,
        enabled: true,
      },
    });
  });

  it('shares all instances of a type, and subaccounts by id only', () => {
    const form = {
      ...valid(),
      items: [
        { ...newItem('calcs'), all: true, levels: ['read' as const] },
        { ...newItem('subaccounts'), ids: [{ id: 1008 }], levels: ['read' as const, 'create-devices' as const] },
      ],
    };
    const r = grantDraft(form, NOW);
    expect(r.ok && r.draft.items).toEqual([
      { type: 'calcs', ids: 'all', access: ['read'] },
      { type: 'subaccounts', ids: [1008], access: ['read', 'create-devices'] },
    ]);
  });

  it('refuses the grantor as its own grantee and an expiry in the past', () => {
    const r = grantDraft({ ...valid(), grantees: [1005], expiry: '2026-01-01' }, NOW);
    expect(r.ok ? null : r.errors).toEqual({
      grantees: 'Grantees: the grantor cannot be its own grantee.',
      expiry: 'Expires: the date must be in the future.',
    });
  });

  it('lets a stored self-grant stay when editing it, as the backend does', () => {
    const stored = { cid: 1005, subaccounts: [1005, 1007] };
    expect(grantDraft({ ...valid(), grantees: [1005, 1007] }, NOW, stored).ok).toBe(true);
    expect(grantDraft({ ...valid(), grantees: [1005, 1007] }, NOW).ok).toBe(false);
  });

  it('a type change keeps only the levels that type allows', () => {
    const devices = { ...newItem('devices'), levels: ['read' as const, 'command' as const, 'delete' as const] };
    expect(retype(devices, 'calcs').levels).toEqual(['read', 'delete']);
    expect(retype(devices, 'subaccounts')).toMatchObject({ levels: ['read'], all: false, ids: [] });
  });

  it('round-trips a stored grant through the form', () => {
    const g = {
      id: 2,
      cid: 1005,
      name: 'Reefer 12 support',
      items: [{ type: 'devices' as const, ids: [312], access: ['read' as const, 'edit' as const] }],
      subaccounts: [1007],
      expire: 0,
      enabled: false,
    };
    const r = grantDraft(
      formOfGrant(g, () => 'Reefer 12'),
      NOW,
    );
    const { id: _id, ...body } = g;
    expect(r).toEqual({ ok: true, draft: body });
  });
});
