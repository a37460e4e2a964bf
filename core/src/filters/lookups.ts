/**
 * NetBox's lookup suffixes per filter kind (netbox/utilities/constants.py) and the value parsers
 * that turn query-string values into SQL parameters, or a 400 naming the parameter.
 */
import ipaddr from 'ipaddr.js';
import type { ScalarFilterKind } from './define-filter-set.js';

export const TEXT_LOOKUPS = ['n', 'ic', 'nic', 'iew', 'niew', 'isw', 'nisw', 'ie', 'nie', 'empty', 'regex', 'iregex'];
export const NUMBER_LOOKUPS = ['n', 'lt', 'lte', 'gt', 'gte', 'empty'];
export const NETWORK_LOOKUPS = ['n', 'net_contained', 'net_contained_or_equal', 'net_contains', 'net_contains_or_equals', 'empty'];

/** Lookups a scalar kind supports besides exact. */
export function lookupsFor(kind: ScalarFilterKind | 'choice' | 'relation'): string[] {
  switch (kind) {
    case 'text': case 'choice': return TEXT_LOOKUPS;
    case 'number': case 'date': case 'datetime': return NUMBER_LOOKUPS;
    case 'cidr': case 'inet': return NETWORK_LOOKUPS;
    case 'boolean': case 'uuid': case 'int_array': case 'relation': return ['n'];
  }
}

export class FilterValueError extends Error {}

const INT64_MAX = 9223372036854775807n;
const INT64_MIN = -9223372036854775808n;

/** Postgres rejects NUL in text, so it is a client error naming the parameter (DRF's wording). */
export function rejectNul(raw: string): void {
  if (raw.includes('\u0000')) throw new FilterValueError('Null characters are not allowed.');
}

/**
 * A whole number for an integer column (NetBox's MultiValueNumberFilter is an IntegerField),
 * returned as a string so 64-bit ids keep their precision; the SQL casts it to bigint, which
 * compares with integer and smallint columns without overflowing them.
 */
export function parseInteger(raw: string, bounds: { min: bigint; max: bigint } = { min: INT64_MIN, max: INT64_MAX }): string {
  const v = raw.trim();
  if (!/^[-+]?\d+$/.test(v)) throw new FilterValueError('Enter a whole number.');
  const n = BigInt(v);
  if (n > bounds.max) throw new FilterValueError(`Ensure this value is less than or equal to ${bounds.max}.`);
  if (n < bounds.min) throw new FilterValueError(`Ensure this value is greater than or equal to ${bounds.min}.`);
  return n.toString();
}

/** ISO 8601 dates and date-times as Django's forms accept them, years 1–9999 (Python's range). */
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,6})?)?)?(Z|([+-])(\d{2}):?(\d{2})?)?$/i;

function validCalendarDate(y: string, m: string, d: string): boolean {
  const [year, month, day] = [Number(y), Number(m), Number(d)];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return year >= 1 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * An ISO date-time normalised for Postgres (microseconds kept), UTC unless a zone is given
 * (NetBox's TIME_ZONE default); undefined when invalid.
 */
function parseDateTime(raw: string): string | undefined {
  const m = DATETIME_RE.exec(raw);
  if (!m) return undefined;
  const [, y, mo, d, hh = '00', mi = '00', ss = '00', frac = '', zone, sign, zh, zm = '00'] = m;
  if (!validCalendarDate(y!, mo!, d!) || Number(hh) > 23 || Number(mi) > 59 || Number(ss) > 59) return undefined;
  if (zone && zone.toUpperCase() !== 'Z' && (Number(zh) > 15 || Number(zm) > 59)) return undefined;
  const offset = zone && zone.toUpperCase() !== 'Z' ? `${sign}${zh}:${zm}` : 'Z';
  return `${y}-${mo}-${d}T${hh}:${mi}:${ss}${frac}${offset}`;
}

/** Parses an IP address or prefix the way Postgres will read it: dotted quads or IPv6, no zone. */
function parseNetwork(raw: string, kind: 'cidr' | 'inet'): string {
  const v = raw.trim();
  const bad = () => new FilterValueError(`Enter a valid IPv4 or IPv6 ${kind === 'cidr' ? 'prefix' : 'address'}.`);
  const [addrPart, lenPart, ...rest] = v.split('/');
  if (rest.length || !addrPart) throw bad();
  let addr: ipaddr.IPv4 | ipaddr.IPv6;
  if (ipaddr.IPv4.isValidFourPartDecimal(addrPart)) addr = ipaddr.IPv4.parse(addrPart);
  else if (ipaddr.IPv6.isValid(addrPart) && !addrPart.includes('%')) addr = ipaddr.IPv6.parse(addrPart);
  else throw bad();
  const max = addr.kind() === 'ipv4' ? 32 : 128;
  if (lenPart === undefined) return addr.toString();
  if (!/^\d{1,3}$/.test(lenPart) || Number(lenPart) > max) throw bad();
  if (kind === 'inet') return `${addr.toString()}/${lenPart}`;
  // A prefix filter given with host bits (10.0.0.1/8) means its network, as NetBox's netaddr does.
  const network = addr.kind() === 'ipv4' ? ipaddr.IPv4.networkAddressFromCIDR(`${addr}/${lenPart}`) : ipaddr.IPv6.networkAddressFromCIDR(`${addr}/${lenPart}`);
  return `${network.toString()}/${lenPart}`;
}

/** Parses one query-string value for a kind; throws FilterValueError with NetBox's wording. */
export function parseFilterValue(kind: ScalarFilterKind, raw: string): unknown {
  rejectNul(raw);
  switch (kind) {
    case 'text': return raw;
    case 'number': {
      if (!/^-?\d+(\.\d+)?$/.test(raw.trim()) || !Number.isFinite(Number(raw))) throw new FilterValueError('Enter a number.');
      return Number(raw);
    }
    case 'int_array': return Number(parseInteger(raw, { min: -2147483648n, max: 2147483647n }));
    case 'boolean': {
      const v = raw.toLowerCase();
      if (['true', '1', 'yes'].includes(v)) return true;
      if (['false', '0', 'no'].includes(v)) return false;
      throw new FilterValueError('Select a valid choice. That choice is not one of the available choices.');
    }
    case 'date': {
      const m = DATE_RE.exec(raw.trim());
      if (!m || !validCalendarDate(m[1]!, m[2]!, m[3]!)) throw new FilterValueError('Enter a valid date.');
      return raw.trim();
    }
    case 'datetime': {
      const value = parseDateTime(raw.trim());
      if (!value) throw new FilterValueError('Enter a valid date/time.');
      return value;
    }
    case 'uuid': {
      if (!/^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i.test(raw)) throw new FilterValueError('Enter a valid UUID.');
      return raw;
    }
    case 'cidr': case 'inet': return parseNetwork(raw, kind);
  }
}

export function parseEmpty(raw: string): boolean {
  rejectNul(raw);
  const v = raw.toLowerCase();
  if (['true', '1', 'yes'].includes(v)) return true;
  if (['false', '0', 'no'].includes(v)) return false;
  throw new FilterValueError('Select a valid choice. That choice is not one of the available choices.');
}

/** Escapes LIKE metacharacters so `ic=50%` matches a literal percent sign. */
export function likeEscape(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
