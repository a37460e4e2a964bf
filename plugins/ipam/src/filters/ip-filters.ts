/**
 * Filter building blocks for prefixes, ranges and addresses (NetBox's ipam filter methods),
 * computed in SQL with the network operators so the GiST `inet_ops` indexes serve them. Values
 * that are not networks or addresses match nothing, as in NetBox (never a 500).
 */
import { method, parseIpNetwork, relation, type FilterDef, type Knex } from '@patchbay/core';
import { networkOf } from '../models/ip-fields.js';
import { VRF } from '../models/vrf.js';

/** `addr` or `addr/len` as a normalised `inet` text, or null when it is not an address. */
export function toInet(value: unknown): string | null {
  const v = String(value ?? '').trim();
  if (!v) return null;
  try {
    return parseIpNetwork(v.includes('/') ? v : `${v}/${v.includes(':') ? 128 : 32}`, false);
  } catch {
    return null;
  }
}

/** A network (host bits cleared, NetBox's `IPNetwork(value).cidr`), or null. */
export function toCidr(value: unknown): string | null {
  const inet = toInet(value);
  return inet ? networkOf(inet) : null;
}

const nothing = (qb: Knex.QueryBuilder) => void qb.whereRaw('false');

/** `column <op> value` for one network value (`within`, `within_include`, `parent`…). */
export function networkFilter(column: string, op: '<<' | '<<=' | '>>' | '>>=', parse: (v: unknown) => string | null = toCidr): FilterDef {
  return method('text', (qb, values, _lookup, negate) => {
    const nets = values.map(parse);
    if (nets.some((n) => n === null)) return nothing(qb);
    const build = (w: Knex.QueryBuilder) => { for (const n of nets) w.orWhereRaw(`${column} ${op} ?::inet`, [n]); };
    if (negate) qb.whereNot(build); else qb.where(build);
  }, []);
}

/** `family`: 4 or 6, on the given column. */
export function familyFilter(column: string): FilterDef {
  return method('number', (qb, values) => void qb.whereRaw(`family(${column}) = ANY(?::int[])`, [values.map(Number)]), []);
}

/** `mask_length` with `__gte` / `__lte` (NetBox's net_mask_length lookups). */
export function maskLengthFilter(column: string): FilterDef {
  return method('number', (qb, values, lookup, negate) => {
    const ns = values.map(Number);
    const op = lookup === 'gte' ? '>=' : lookup === 'lte' ? '<=' : null;
    if (op) return void qb.whereRaw(`masklen(${column}) ${op} ?`, [ns[0]]);
    qb.whereRaw(`${negate ? 'NOT ' : ''}(masklen(${column}) = ANY(?::int[]))`, [ns]);
  }, ['n', 'gte', 'lte']);
}

/** `vrf_id`/`vrf` (by route distinguisher), `null` for the global table. */
export const vrfFilters: Record<string, FilterDef> = {
  vrf: relation(() => VRF, { by: 'rd' }),
};

/**
 * `present_in_vrf_id` / `present_in_vrf`: objects in the VRF or in a VRF exporting a route
 * target that VRF imports (NetBox's filter_present_in_vrf).
 */
export function presentInVrfFilters(): Record<string, FilterDef> {
  const apply = (by: 'id' | 'rd') => method(by === 'id' ? 'number' : 'text', (qb, values) => {
    const vrfs = (sub: Knex.QueryBuilder) => sub.select('id').from('ipam_vrf').whereIn(by, values as string[]);
    qb.where((w) => {
      w.whereIn('t.vrf_id', vrfs)
        .orWhereIn('t.vrf_id', (sub) => sub.select('e.vrf_id').from('ipam_vrf_export_targets as e')
          .whereIn('e.routetarget_id', (i) => i.select('i.routetarget_id').from('ipam_vrf_import_targets as i').whereIn('i.vrf_id', vrfs)));
    });
  }, []);
  return { present_in_vrf_id: apply('id'), present_in_vrf: apply('rd') };
}
