import { defineFilterSet, method, type FilterDef, type Knex } from '@patchbay/core';
import { tenancyFilters } from '@patchbay/plugin-tenancy';
import { Cable } from '../models/cable.js';
import { CABLE_TERMINATION_MODELS } from '../cabling/constants.js';

type Sub = (sub: Knex.QueryBuilder, values: unknown[]) => void;

/** Cables having a termination row matching `where` (NetBox filters through `terminations__…`). */
function viaTerminations(kind: 'number' | 'text', where: Sub): FilterDef {
  return method(kind, (qb, values) => {
    qb.whereIn('t.id', (sub: Knex.QueryBuilder) => { sub.select('ct.cable_id').from('dcim_cabletermination as ct'); where(sub, values); });
  }, []);
}

/** NetBox's filter_by_termination: a relation cached on the terminations, by id or by an attribute of the related row. */
function cachedRelation(cached: string, table: string, attr: string): Record<string, FilterDef> {
  return {
    [`${cached}_id`]: viaTerminations('number', (sub, values) => { sub.whereIn(`ct._${cached}_id`, values as number[]); }),
    [cached]: viaTerminations('text', (sub, values) => {
      sub.whereIn(`ct._${cached}_id`, (s: Knex.QueryBuilder) => s.select('id').from(table).whereIn(attr, values as string[]));
    }),
  };
}

/** `<model>_id`: cables terminating on those objects of one type (consoleport_id, interface_id, …). */
const byTerminationModel: Record<string, FilterDef> = Object.fromEntries(CABLE_TERMINATION_MODELS.map((label) => [
  `${label.split('.')[1]}_id`,
  viaTerminations('number', (sub, values) => { sub.where('ct.termination_type', label).whereIn('ct.termination_id', values as number[]); }),
]));

/** NetBox's termination_<end>_type (a ContentTypeFilter on any end, as NetBox's own) and termination_<end>_id (that end). */
function endFilters(end: 'A' | 'B'): Record<string, FilterDef> {
  const side = end.toLowerCase();
  return {
    [`termination_${side}_type`]: method('text', (qb, values, _lookup, negate) => {
      const build = (sub: Knex.QueryBuilder) => sub.select('cable_id').from('dcim_cabletermination').whereIn('termination_type', values as string[]);
      if (negate) qb.whereNotIn('t.id', build);
      else qb.whereIn('t.id', build);
    }, ['n']),
    [`termination_${side}_id`]: viaTerminations('number', (sub, values) => { sub.where('ct.cable_end', end).whereIn('ct.termination_id', values as number[]); }),
  };
}

const hasEnd = (end: 'A' | 'B') => (sub: Knex.QueryBuilder) => sub.select('cable_id').from('dcim_cabletermination').where('cable_end', end);

/**
 * NetBox 4.2's CableFilterSet: the cable's own attributes, tenancy, the ends (type and id per
 * end, `<model>_id` per terminating model), the device/rack/location/site cached on the
 * terminations, and `unterminated` (missing an A or a B end).
 */
export const cableFilterSet = defineFilterSet(Cable, {
  fields: {
    ...tenancyFilters,
    type: 'text',
    status: 'text',
    label: 'text',
    color: 'text',
    length: 'number',
    length_unit: method('text', (qb, values) => { qb.whereIn('t.length_unit', values as string[]); }, []),
    description: 'text',
    ...endFilters('A'),
    ...endFilters('B'),
    unterminated: method('boolean', (qb, values) => {
      qb.where((w: Knex.QueryBuilder) => {
        if (values.includes(true)) w.orWhere((o) => o.whereNotIn('t.id', hasEnd('A')).orWhereNotIn('t.id', hasEnd('B')));
        if (values.includes(false)) w.orWhere((o) => o.whereIn('t.id', hasEnd('A')).whereIn('t.id', hasEnd('B')));
      });
    }),
    ...cachedRelation('device', 'dcim_device', 'name'),
    ...cachedRelation('rack', 'dcim_rack', 'name'),
    ...cachedRelation('location', 'dcim_location', 'name'),
    ...cachedRelation('site', 'dcim_site', 'slug'),
    ...byTerminationModel,
  },
  search: ['label', 'description'],
});
