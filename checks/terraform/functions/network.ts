/** `cidrsubnet` and friends, for IPv4 and IPv6, with exact integer arithmetic. */
import { scalar, seq } from '../values.ts';
import { deep, FunctionError, numberArg, textArg, type FunctionDefinition } from './call.ts';

interface Prefix {
  address: bigint;
  length: number;
  bits: 32 | 128;
}

function parseAddress(text: string): { address: bigint; bits: 32 | 128 } {
  if (text.includes(':')) {
    const [head = '', tail] = text.split('::');
    const groups = (part: string) => (part === '' ? [] : part.split(':'));
    const left = groups(head);
    const right = tail === undefined ? [] : groups(tail);
    const fill = tail === undefined ? [] : Array<string>(8 - left.length - right.length).fill('0');
    const all = [...left, ...fill, ...right];
    if (all.length !== 8 || !all.every((group) => /^[0-9a-fA-F]{1,4}$/.test(group))) throw new FunctionError(`"${text}" is not an IP address`);
    return { address: all.reduce((total, group) => (total << 16n) | BigInt(Number.parseInt(group, 16)), 0n), bits: 128 };
  }
  const parts = text.split('.');
  if (parts.length !== 4 || !parts.every((part) => /^\d{1,3}$/.test(part) && Number(part) < 256)) throw new FunctionError(`"${text}" is not an IP address`);
  return { address: parts.reduce((total, part) => (total << 8n) | BigInt(Number(part)), 0n), bits: 32 };
}

function parsePrefix(text: string): Prefix {
  const [address = '', length] = text.split('/');
  const parsed = parseAddress(address);
  const bits = Number(length);
  if (length === undefined || !Number.isInteger(bits) || bits < 0 || bits > parsed.bits) throw new FunctionError(`"${text}" is not a CIDR prefix`);
  const hostBits = BigInt(parsed.bits - bits);
  return { address: (parsed.address >> hostBits) << hostBits, length: bits, bits: parsed.bits };
}

function formatAddress(address: bigint, bits: 32 | 128): string {
  if (bits === 32) return [24n, 16n, 8n, 0n].map((shift) => String((address >> shift) & 255n)).join('.');
  const groups = Array.from({ length: 8 }, (_, index) => ((address >> BigInt(112 - index * 16)) & 0xffffn).toString(16));
  // The longest run of zero groups becomes "::", as Go (and so Terraform) prints IPv6 addresses.
  let best = { start: -1, length: 0 };
  for (let start = 0; start < 8; start++) {
    let length = 0;
    while (start + length < 8 && groups[start + length] === '0') length++;
    if (length > best.length && length > 1) best = { start, length };
  }
  if (best.start === -1) return groups.join(':');
  return `${groups.slice(0, best.start).join(':')}::${groups.slice(best.start + best.length).join(':')}`;
}

function subnet(prefix: Prefix, newBits: number, number: number): string {
  const length = prefix.length + newBits;
  if (!Number.isInteger(newBits) || newBits < 0 || length > prefix.bits) throw new FunctionError(`cannot extend the prefix by ${newBits} bits`);
  if (!Number.isInteger(number) || number < 0 || BigInt(number) >= 1n << BigInt(newBits)) throw new FunctionError(`network number ${number} does not fit in ${newBits} bits`);
  const address = prefix.address | (BigInt(number) << BigInt(prefix.bits - length));
  return `${formatAddress(address, prefix.bits)}/${length}`;
}

export const networkFunctions: Record<string, FunctionDefinition> = {
  cidrsubnet: deep((args, call) => scalar(subnet(parsePrefix(textArg(args, 0)), numberArg(args, 1), numberArg(args, 2)), call.at)),
  cidrsubnets: deep((args, call) => {
    const prefix = parsePrefix(textArg(args, 0));
    let next = prefix.address;
    const out = args.slice(1).map((_, index) => {
      const newBits = numberArg(args, index + 1);
      const length = prefix.length + newBits;
      const size = 1n << BigInt(prefix.bits - length);
      const start = ((next + size - 1n) / size) * size;
      next = start + size;
      return scalar(`${formatAddress(start, prefix.bits)}/${length}`, call.at);
    });
    return seq(out, call.at);
  }),
  cidrhost: deep((args, call) => {
    const prefix = parsePrefix(textArg(args, 0));
    const host = BigInt(numberArg(args, 1));
    const size = 1n << BigInt(prefix.bits - prefix.length);
    if (host >= size || -host > size) throw new FunctionError('the host number is outside the prefix');
    return scalar(formatAddress(prefix.address + (host < 0n ? size + host : host), prefix.bits), call.at);
  }),
  cidrnetmask: deep((args, call) => {
    const prefix = parsePrefix(textArg(args, 0));
    if (prefix.bits !== 32) throw new FunctionError('cidrnetmask() is for IPv4 prefixes');
    return scalar(formatAddress(((1n << 32n) - 1n) ^ ((1n << BigInt(32 - prefix.length)) - 1n), 32), call.at);
  }),
};
