/**
 * A token's `allowed_ips`: networks (CIDR) its requests may come from. A bare address means that
 * one host (/32 or /128); host bits are kept, as NetBox's IPNetworkField keeps them.
 */
import ipaddr from 'ipaddr.js';
import { FieldValueError, parseIpNetwork } from '../../models/fields.js';

function parseOne(value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') throw new FieldValueError([`Enter a valid IPv4 or IPv6 network: ${JSON.stringify(value)}`]);
  const v = value.trim();
  const [host, len] = v.split('/', 2) as [string, string | undefined];
  // Only dotted-quad IPv4 (ipaddr.js would also take legacy forms such as "10.1").
  if (!ipaddr.IPv4.isValidFourPartDecimal(host) && !ipaddr.IPv6.isValid(host))
    throw new FieldValueError([`Enter a valid IPv4 or IPv6 network: ${v}`]);
  if (len !== undefined) return parseIpNetwork(v, false);
  const addr = ipaddr.parse(host);
  return `${addr.toString()}/${addr.kind() === 'ipv4' ? 32 : 128}`;
}

/** Field parser: null or a list of networks (an empty list means no restriction). */
export function parseAllowedIps(value: unknown): string[] | null {
  if (value === null) return null;
  if (!Array.isArray(value)) throw new FieldValueError(['Expected a list of items.']);
  return [...new Set(value.map(parseOne))];
}
