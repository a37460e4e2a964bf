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

/** Parses one query-string value for a kind; throws FilterValueError with NetBox's wording. */
export function parseFilterValue(kind: ScalarFilterKind, raw: string): unknown {
  switch (kind) {
    case 'text': return raw;
    case 'number': case 'int_array': {
      if (!/^-?\d+(\.\d+)?$/.test(raw.trim())) throw new FilterValueError('Enter a number.');
      return Number(raw);
    }
    case 'boolean': {
      const v = raw.toLowerCase();
      if (['true', '1', 'yes'].includes(v)) return true;
      if (['false', '0', 'no'].includes(v)) return false;
      throw new FilterValueError('Select a valid choice. That choice is not one of the available choices.');
    }
    case 'date': {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(raw) || Number.isNaN(Date.parse(raw))) throw new FilterValueError('Enter a valid date.');
      return raw;
    }
    case 'datetime': {
      if (Number.isNaN(Date.parse(raw))) throw new FilterValueError('Enter a valid date/time.');
      return new Date(raw).toISOString();
    }
    case 'uuid': {
      if (!/^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i.test(raw)) throw new FilterValueError('Enter a valid UUID.');
      return raw;
    }
    case 'cidr': case 'inet': {
      const v = raw.trim();
      try {
        if (v.includes('/')) ipaddr.parseCIDR(v);
        else ipaddr.parse(v);
      } catch {
        throw new FilterValueError(`Enter a valid IPv4 or IPv6 ${kind === 'cidr' ? 'prefix' : 'address'}.`);
      }
      return v;
    }
  }
}

export function parseEmpty(raw: string): boolean {
  const v = raw.toLowerCase();
  if (['true', '1', 'yes'].includes(v)) return true;
  if (['false', '0', 'no'].includes(v)) return false;
  throw new FilterValueError('Select a valid choice. That choice is not one of the available choices.');
}

/** Escapes LIKE metacharacters so `ic=50%` matches a literal percent sign. */
export function likeEscape(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
