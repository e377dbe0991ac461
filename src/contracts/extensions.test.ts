import { describe, expect, it } from 'vitest';
import { PANEL_EXTENSIONS, parseExtensions } from './extensions';

describe('the extensions header', () => {
  it('reads the known names, in any case and spacing, and ignores the rest', () => {
    expect(parseExtensions('access, Roles,paging,unknown')).toEqual(['access', 'roles', 'paging']);
    expect(parseExtensions(PANEL_EXTENSIONS.join(','))).toEqual([...PANEL_EXTENSIONS]);
  });
  it('no header or an empty one: flespi only', () => {
    expect(parseExtensions(null)).toEqual([]);
    expect(parseExtensions('')).toEqual([]);
  });
});
