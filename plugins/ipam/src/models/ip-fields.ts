/**
 * Field kinds shared by prefixes, ranges and addresses: `family` ({value, label}, derived from the
 * stored network), a `cidr` that clears host bits as NetBox's Prefix.save() does, and an `inet`.
 */
import { field, FieldValueError, parseIpNetwork, type FieldSpec } from '@patchbay/core';
import { FAMILY_LABELS } from '../choices/addressing.js';
import { withMask } from '../services/ip-math.js';

/** 4 or 6 for a textual address/network (Postgres and ipaddr.js both write IPv6 with colons). */
export function familyOf(value: unknown): 4 | 6 | null {
  if (typeof value !== 'string' || value === '') return null;
  return value.includes(':') ? 6 : 4;
}

/** `family` as NetBox renders it: `{value: 4, label: "IPv4"}`. */
export function familyField(column: string): FieldSpec {
  return field.computed((row) => {
    const f = familyOf(row[column]);
    return f === null ? null : { value: f, label: FAMILY_LABELS[f] };
  }, {
    schema: {
      type: 'object', readOnly: true,
      properties: { value: { type: 'integer', enum: [4, 6] }, label: { type: 'string', enum: ['IPv4', 'IPv6'] } },
    },
  });
}

/** The network of `addr/len` (host bits cleared), without a dependency on an IP library. */
export function networkOf(text: string): string {
  const [addr, lenText] = text.split('/') as [string, string];
  const len = Number(lenText);
  if (!addr.includes(':')) {
    const n = addr.split('.').reduce((acc, o) => acc * 256 + Number(o), 0);
    const masked = len === 0 ? 0 : Number((BigInt(n) >> BigInt(32 - len)) << BigInt(32 - len));
    const octets = [24, 16, 8, 0].map((s) => (masked >>> s) & 255);
    return `${octets.join('.')}/${len}`;
  }
  const [head, tail] = addr.includes('::') ? addr.split('::') as [string, string] : [addr, undefined];
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const groups = tail === undefined ? h : [...h, ...Array(8 - h.length - t.length).fill('0'), ...t];
  let big = groups.reduce((acc, g) => (acc << 16n) | BigInt(parseInt(g, 16)), 0n);
  big = len === 0 ? 0n : (big >> BigInt(128 - len)) << BigInt(128 - len);
  const out: string[] = [];
  for (let i = 7; i >= 0; i--) out.push(((big >> BigInt(i * 16)) & 0xffffn).toString(16));
  return parseIpNetwork(`${out.join(':')}/${len}`, true);
}

/** A `cidr` prefix; like NetBox, `10.1.1.7/24` is stored as `10.1.1.0/24` (and a bare address is a /32 or /128). */
export function cidrField(opts: Partial<FieldSpec> = {}): FieldSpec {
  const base = field.cidr(opts);
  return {
    ...base,
    parse(value) {
      if (value === null) return base.parse!(value);
      if (typeof value !== 'string') throw new FieldValueError(['Enter a valid IPv4 or IPv6 prefix (with mask).']);
      return networkOf(parseIpNetwork(withMask(value.trim())!, false));
    },
  };
}

/** An `inet` address with its mask (e.g. `192.0.2.1/24`), always shown with the mask (`/32` too). */
export function inetField(opts: Partial<FieldSpec> = {}): FieldSpec {
  const base = field.inet(opts);
  return {
    ...base,
    // As netaddr.IPNetwork() in NetBox's serializer field: a bare address is a host (/32, /128).
    parse: (value) => base.parse!(typeof value === 'string' && value.trim() !== '' ? withMask(value.trim()) : value),
    render: withMask,
  };
}
