/**
 * Addresses as BigInt, for the few places where a gap found in SQL must be cut into aligned CIDR
 * blocks (available prefixes): at most one block per bit of the address per gap, never a loop
 * over addresses. Parsing reads what Postgres prints (`host()`), formatting prints as Postgres
 * and netaddr do (IPv6 compressed at the longest run of two or more zero groups).
 */

export type Family = 4 | 6;

/** The width of an address of the family, in bits. */
export const bitsOf = (family: Family): number => (family === 4 ? 32 : 128);

function parseV4(text: string): bigint {
  const parts = text.split('.');
  if (parts.length !== 4) throw new Error(`Not an IPv4 address: ${text}`);
  return parts.reduce((acc, p) => (acc << 8n) | BigInt(Number(p)), 0n);
}

/** Parses an address without mask (`10.0.0.1`, `2001:db8::1`, `::ffff:1.2.3.4`). */
export function parseIp(text: string): { family: Family; value: bigint } {
  let host = text.split('/')[0]!;
  if (!host.includes(':')) return { family: 4, value: parseV4(host) };
  // An embedded IPv4 tail (`::ffff:1.2.3.4`) becomes two hex groups.
  const lastColon = host.lastIndexOf(':');
  const tail = host.slice(lastColon + 1);
  if (tail.includes('.')) {
    const v4 = parseV4(tail);
    host = `${host.slice(0, lastColon + 1)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const [head, rest] = host.includes('::') ? (host.split('::') as [string, string]) : [host, undefined];
  const headGroups = head ? head.split(':') : [];
  const restGroups = rest ? rest.split(':') : [];
  const groups = rest !== undefined ? [...headGroups, ...Array<string>(8 - headGroups.length - restGroups.length).fill('0'), ...restGroups] : headGroups;
  if (groups.length !== 8) throw new Error(`Not an IPv6 address: ${text}`);
  let value = 0n;
  for (const g of groups) value = (value << 16n) | BigInt(parseInt(g || '0', 16));
  return { family: 6, value };
}

/** Prints an address of the family. */
export function formatIp(family: Family, value: bigint): string {
  if (family === 4) return [24n, 16n, 8n, 0n].map((s) => String((value >> s) & 0xffn)).join('.');
  const groups = Array.from({ length: 8 }, (_, i) => Number((value >> BigInt(16 * (7 - i))) & 0xffffn));
  let best = -1;
  let bestLen = 0;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) { i++; continue; }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen) { best = i; bestLen = j - i; }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestLen < 2) return hex.join(':');
  return `${hex.slice(0, best).join(':')}::${hex.slice(best + bestLen).join(':')}`;
}

/** The largest aligned CIDR blocks covering [start, end], in address order (netaddr's iter_cidrs). */
export function cidrBlocks(family: Family, start: bigint, end: bigint): { value: bigint; length: number }[] {
  const bits = bitsOf(family);
  const out: { value: bigint; length: number }[] = [];
  let cur = start;
  while (cur <= end) {
    // Grow the block while it stays aligned at `cur` and inside the gap.
    let size = 0;
    while (size < bits && (cur & ((1n << BigInt(size + 1)) - 1n)) === 0n && cur + (1n << BigInt(size + 1)) - 1n <= end) size++;
    out.push({ value: cur, length: bits - size });
    cur += 1n << BigInt(size);
  }
  return out;
}
