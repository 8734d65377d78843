import { describe, expect, it } from 'vitest';
import { isWholeInternet, parseCidr } from './cidr.ts';

describe('isWholeInternet', () => {
  it.each(['0.0.0.0/0', '192.168.1.0/0', '::/0', '0::/0', '::0/0', '2001:db8::/0', ' 0.0.0.0/0 '])('judges %s open to every address', (text) => {
    expect(isWholeInternet(text)).toBe(true);
  });

  it.each(['10.0.0.0/8', '0.0.0.0/1', '0.0.0.0/32', '::/1', '2001:db8::/32', '203.0.113.7/32'])('judges %s a narrower network', (text) => {
    expect(isWholeInternet(text)).toBe(false);
  });

  it.each(['', '0.0.0.0', '/0', '0.0.0/0', '256.0.0.0/0', '0.0.0.0/33', '0.0.0.0/00', '0.0.0.0/-0', ':::/0', '1::2::3/0', '1:2:3:4:5:6:7:8:9/0', 'g::/0', 'anywhere/0'])(
    'refuses %j, which is not a CIDR block',
    (text) => {
      expect(parseCidr(text)).toBeUndefined();
    },
  );
});

describe('parseCidr', () => {
  it('reads IPv4 octets and the prefix length', () => {
    expect(parseCidr('10.1.2.0/24')).toEqual({ family: 4, prefixLength: 24, groups: [10, 1, 2, 0] });
  });

  it('expands the zero run of an IPv6 address and reads a dotted IPv4 tail', () => {
    expect(parseCidr('2001:DB8::1/64')).toEqual({ family: 6, prefixLength: 64, groups: [0x2001, 0xdb8, 0, 0, 0, 0, 0, 1] });
    expect(parseCidr('::ffff:192.0.2.1/128')).toEqual({ family: 6, prefixLength: 128, groups: [0, 0, 0, 0, 0, 0xffff, 0xc000, 0x0201] });
  });

  it('refuses long hostile inputs after one pass over them', () => {
    expect(parseCidr(`${'1:'.repeat(200_000)}/0`)).toBeUndefined();
    expect(parseCidr(`${'0'.repeat(500_000)}.0.0.0/0`)).toBeUndefined();
  });
});
