/**
 * Small pure helpers on textual addresses for validation messages and sizes computed before a
 * row exists (host part, BigInt value). Anything over many rows runs in SQL instead.
 */

/**
 * `addr/len` as NetBox shows it: Postgres prints an `inet` with a host mask (/32, /128) as the
 * bare address, NetBox always with its mask.
 */
export function withMask(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const v = String(value);
  return v.includes('/') ? v : `${v}/${v.includes(':') ? 128 : 32}`;
}

/** The address without its mask. */
export function hostOf(value: unknown): string {
  return String(value ?? '').split('/')[0]!;
}

/** The mask length of `addr/len`. */
export function maskOf(value: unknown): number {
  return Number(withMask(value ?? '')!.split('/')[1]);
}

/** An IPv4 or IPv6 address as a BigInt (IPv4-in-IPv6 dotted tails included). */
export function toBigInt(value: unknown): bigint {
  let addr = hostOf(value);
  if (!addr.includes(':')) return addr.split('.').reduce((acc, o) => acc * 256n + BigInt(Number(o)), 0n);
  const dotted = addr.match(/(\d+\.\d+\.\d+\.\d+)$/);
  if (dotted) {
    const v4 = toBigInt(dotted[1]);
    addr = addr.slice(0, -dotted[1]!.length) + `${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const [head, tail] = addr.includes('::') ? (addr.split('::') as [string, string]) : [addr, undefined];
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const groups = tail === undefined ? h : [...h, ...Array(8 - h.length - t.length).fill('0'), ...t];
  return groups.reduce((acc, g) => (acc << 16n) | BigInt(parseInt(g, 16)), 0n);
}

/** True for the network address of `addr/len` (host bits all zero). */
export function isNetworkId(value: unknown, bits: number): boolean {
  const len = maskOf(value);
  const hostBits = BigInt(bits - len);
  return (toBigInt(value) & ((1n << hostBits) - 1n)) === 0n;
}

/** True for the broadcast address of `addr/len` (host bits all one). */
export function isBroadcast(value: unknown, bits: number): boolean {
  const len = maskOf(value);
  const mask = (1n << BigInt(bits - len)) - 1n;
  return (toBigInt(value) & mask) === mask;
}
