import { describe, expect, it } from 'vitest';
import { expiryText, grantState, itemText, itemsText } from './grantText';

const NOW = 1_800_000_000;

describe('grant text', () => {
  it('says which instances and levels an item gives', () => {
    expect(itemText({ type: 'devices', ids: [312, 313], access: ['read', 'edit'] })).toBe('devices (#312, #313): read, edit');
    expect(itemText({ type: 'calcs', ids: 'all', access: ['read'] })).toBe('calcs (all): read');
    expect(itemText({ type: 'subaccounts', ids: [1008], access: ['read', 'create-devices'] }, () => 'Cold Chain Lab')).toBe(
      'subaccounts (Cold Chain Lab): read, create-devices',
    );
    expect(itemsText({ items: [] })).toBe('No items');
  });

  it('an expired grant is expired whether enabled or not', () => {
    expect(grantState({ enabled: true, expire: 0 }, NOW)).toBe('active');
    expect(grantState({ enabled: false, expire: NOW + 10 }, NOW)).toBe('disabled');
    expect(grantState({ enabled: false, expire: NOW - 10 }, NOW)).toBe('expired');
    expect(grantState({ enabled: true, expire: NOW }, NOW)).toBe('expired');
  });

  it('words the expiry', () => {
    expect(expiryText({ expire: 0 }, NOW)).toBe('Never');
    expect(expiryText({ expire: NOW + 5 * 86_400 }, NOW)).toBe('expires in 5 days');
    expect(expiryText({ expire: NOW - 2 * 86_400 }, NOW)).toBe('expired 2 days ago');
  });
});
