import { describe, expect, it } from 'vitest';
import { ITEM_TYPES } from '../domain/types';
import { DETAIL_TABS, parseId, parseTab, paths, safeNext } from './paths';

describe('paths', () => {
  it('builds a list and a detail route for every record type', () => {
    expect(ITEM_TYPES.map((t) => paths.list.getHref(t))).toEqual([
      '/access/subaccounts',
      '/access/tokens',
      '/access/grants',
      '/access/roles',
      '/devices',
      '/channels',
      '/streams',
      '/calcs',
      '/plugins',
      '/groups',
    ]);
    expect(paths.detail.getHref('grants', 7)).toBe('/access/grants/7');
    expect(paths.detail.getHref('groups', 3, 'devices')).toBe('/groups/3/devices');
    expect(paths.detail.getHref('devices', 3, 'overview')).toBe('/devices/3');
    expect(paths.detail.path('calcs')).toBe('/calcs/:id/:tab?');
  });

  it('builds the access pages with their options', () => {
    expect(paths.explorer.getHref({ cid: 1004, type: 'devices' })).toBe('/access/explorer?cid=1004&type=devices');
    expect(paths.expiring.getHref({ days: 7 })).toBe('/access/expiring?days=7');
    expect(paths.grants.getHref({ view: 'received' })).toBe('/access/grants?view=received');
    expect(paths.roleAssignments.getHref()).toBe('/access/roles/assignments');
  });

  it('carries next through login, but only to a path of this app', () => {
    expect(paths.login.getHref({ next: '/devices/3/logs?x=1' })).toBe('/login?next=%2Fdevices%2F3%2Flogs%3Fx%3D1');
    expect(paths.login.getHref({ next: '/' })).toBe('/login');
    expect(paths.login.getHref({ token: 'k&y' })).toBe('/login?token=k%26y');
    for (const bad of ['https://evil.example', '//evil.example', '/\\evil', '/login?next=/x', 'devices']) expect(safeNext(bad)).toBeNull();
  });

  it('parses ids and tabs strictly', () => {
    expect([parseId('12'), parseId('0'), parseId('1e3'), parseId(undefined)]).toEqual([12, null, null, null]);
    expect(parseTab('devices', undefined)).toBe('overview');
    expect(parseTab('devices', 'logs')).toBe('logs');
    expect(parseTab('devices', 'grantees')).toBeNull();
    expect(DETAIL_TABS.groups).toContain('devices');
  });
});
