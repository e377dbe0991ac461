import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addressAllowed, ipListProblem } from '../contracts/ipAllowList';
import { addressRefusal } from './tokenAddress';

const dotted = (n: number) => [24, 16, 8, 0].map((s) => (n >>> s) & 255).join('.');

describe('a token’s ips allow-list', () => {
  it('empty allows any address; otherwise only the listed addresses and subnets', () => {
    expect(addressAllowed('', '203.0.113.9')).toBe(true);
    expect(addressAllowed(' , ', '203.0.113.9')).toBe(true);
    expect(addressAllowed('10.0.0.7', '10.0.0.7')).toBe(true);
    expect(addressAllowed('10.0.0.7', '10.0.0.8')).toBe(false);
    expect(addressAllowed('10.0.0.7, 192.168.1.0/24', '192.168.1.200')).toBe(true);
    expect(addressAllowed('192.168.1.0/24', '192.168.2.1')).toBe(false);
    expect(addressAllowed('0.0.0.0/0', '8.8.8.8')).toBe(true);
  });
  it('reads IPv6, and IPv4 clients as Node reports them (::ffff:a.b.c.d)', () => {
    expect(addressAllowed('127.0.0.1', '::ffff:127.0.0.1')).toBe(true);
    expect(addressAllowed('::1', '::1')).toBe(true);
    expect(addressAllowed('::1', '127.0.0.1')).toBe(false);
    expect(addressAllowed('2001:db8::/32', '2001:db8:ffff::1')).toBe(true);
    expect(addressAllowed('2001:db8::/32', '2001:db9::1')).toBe(false);
    expect(addressAllowed('fe80::1', 'FE80:0:0:0:0:0:0:1')).toBe(true);
  });
  it('names the first entry that is not an address or subnet', () => {
    expect(ipListProblem('10.0.0.1, 192.168.0.0/16, ::1, 2001:db8::/48')).toBeNull();
    for (const bad of ['10.0.0', '10.0.0.256', '10.0.0.1/33', 'localhost', '1.2.3.4/8/8', '::1::2', '2001:db8::/129', '01.2.3.4']) {
      expect(ipListProblem(`10.0.0.1, ${bad}`), bad).toContain(`"${bad}"`);
    }
  });
  it('a refused address is a refusal that names the address, never the key', () => {
    expect(addressRefusal({ ips: '10.0.0.7' }, '127.0.0.1')).toMatchObject({ code: 'token-address', message: expect.stringContaining('127.0.0.1') });
    expect(addressRefusal({ ips: '' }, '127.0.0.1')).toBeNull();
  });
  it('an IPv4 subnet holds exactly the addresses that share its first prefix bits', () => {
    fc.assert(
      fc.property(fc.nat({ max: 0xffffffff }), fc.nat({ max: 0xffffffff }), fc.integer({ min: 0, max: 32 }), (net, addr, prefix) => {
        const mask = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
        const expected = (net & mask) >>> 0 === (addr & mask) >>> 0;
        expect(addressAllowed(`${dotted(net)}/${prefix}`, dotted(addr))).toBe(expected);
      }),
    );
  });
});
