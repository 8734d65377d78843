/**
 * CIDR blocks judged by the network they denote, not by their text: `192.168.1.0/0`, `0::/0` and `::0/0` admit
 * every address just as `0.0.0.0/0` and `::/0` do. The parser reads each character once and uses no regular
 * expression, so a hostile template cannot make it backtrack.
 *
 * @example
 * isWholeInternet('192.168.1.0/0'); // true
 * parseCidr('2001:db8::/32'); // { family: 6, prefixLength: 32, groups: [0x2001, 0xdb8, 0, 0, 0, 0, 0, 0] }
 */

export interface Cidr {
  family: 4 | 6;
  /** Leading bits that name the network: 0 admits every address of the family. */
  prefixLength: number;
  /** The address as written: four octets (IPv4) or eight 16-bit groups (IPv6). */
  groups: number[];
}

/** A CIDR block (`address/prefix`, IPv4 or IPv6), or `undefined` when the text is not one. */
export function parseCidr(text: string): Cidr | undefined {
  const trimmed = text.trim();
  const slash = trimmed.indexOf('/');
  if (slash <= 0) return undefined;
  const address = trimmed.slice(0, slash);
  const family = address.includes(':') ? 6 : 4;
  const prefixLength = decimal(trimmed.slice(slash + 1), family === 4 ? 32 : 128);
  if (prefixLength === undefined) return undefined;
  const groups = family === 4 ? ipv4(address) : ipv6(address);
  return groups ? { family, prefixLength, groups } : undefined;
}

/** True when the block admits every address of its family: a prefix of length 0, whatever address it is written with. */
export function isWholeInternet(text: string): boolean {
  return parseCidr(text)?.prefixLength === 0;
}

/** A decimal number from 0 to `max`, digits only, no sign and no superfluous leading zero. */
function decimal(text: string, max: number): number | undefined {
  if (text.length === 0 || text.length > 3 || (text.length > 1 && text[0] === '0')) return undefined;
  let value = 0;
  for (const char of text) {
    const digit = char.charCodeAt(0) - 48;
    if (digit < 0 || digit > 9) return undefined;
    value = value * 10 + digit;
  }
  return value <= max ? value : undefined;
}

function ipv4(text: string): number[] | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  const octets: number[] = [];
  for (const part of parts) {
    const octet = decimal(part, 255);
    if (octet === undefined) return undefined;
    octets.push(octet);
  }
  return octets;
}

function hexGroup(text: string): number | undefined {
  if (text.length === 0 || text.length > 4) return undefined;
  let value = 0;
  for (const char of text.toLowerCase()) {
    const code = char.charCodeAt(0);
    const digit = code >= 48 && code <= 57 ? code - 48 : code >= 97 && code <= 102 ? code - 87 : -1;
    if (digit < 0) return undefined;
    value = value * 16 + digit;
  }
  return value;
}

/** Eight groups, with at most one `::` standing for a run of zero groups and an optional dotted IPv4 tail. */
function ipv6(text: string): number[] | undefined {
  const gap = text.indexOf('::');
  if (gap !== -1 && text.indexOf('::', gap + 1) !== -1) return undefined;
  const head = gap === -1 ? text : text.slice(0, gap);
  const tail = gap === -1 ? '' : text.slice(gap + 2);
  const before = groupsOf(head);
  const after = groupsOf(tail);
  if (!before || !after) return undefined;
  const written = before.length + after.length;
  if (gap === -1 ? written !== 8 : written > 7) return undefined;
  return [...before, ...new Array<number>(8 - written).fill(0), ...after];
}

/** Colon-separated groups; the last may be a dotted IPv4 address, which counts as two groups. */
function groupsOf(text: string): number[] | undefined {
  if (text === '') return [];
  const parts = text.split(':');
  const groups: number[] = [];
  for (const [index, part] of parts.entries()) {
    if (index === parts.length - 1 && part.includes('.')) {
      const octets = ipv4(part);
      if (!octets) return undefined;
      groups.push(octets[0]! * 256 + octets[1]!, octets[2]! * 256 + octets[3]!);
      continue;
    }
    const group = hexGroup(part);
    if (group === undefined) return undefined;
    groups.push(group);
  }
  return groups;
}
