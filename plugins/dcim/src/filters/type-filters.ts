/**
 * Filter helpers of the device-types area: NetBox's template-count filters (`interface_template_count__gte=4`),
 * its "has templates of a kind" booleans (`interfaces=true`), and the filters every template list shares.
 */
import { method, relation, type FilterDef } from '@patchbay/core';
import { DeviceType } from '../models/device-type.js';
import { ModuleType } from '../models/module-type.js';

const OPS: Record<string, string> = { '': '=', lt: '<', lte: '<=', gt: '>', gte: '>=' };

/** A count of rows of `table` pointing at the listed row through `column`, filtered with number lookups. */
export function countFilter(table: string, column = 'device_type_id'): FilterDef {
  return method('number', (qb, values, lookup, negate) => {
    const count = `(SELECT count(*) FROM ?? AS c WHERE c.?? = t.id)`;
    // NetBox's `__empty` on a counter: true keeps rows counting 0, false the others.
    if (lookup === 'empty') {
      qb.whereRaw(`${count} ${values[0] ? '=' : '>'} 0`, [table, column]);
      return;
    }
    if (negate) {
      qb.whereRaw(`${count} NOT IN (${values.map(() => '?').join(', ')})`, [table, column, ...(values as number[])]);
      return;
    }
    const op = OPS[lookup] ?? '=';
    qb.where((w) => {
      for (const v of values) w.orWhereRaw(`${count} ${op} ?`, [table, column, v as number]);
    });
  }, ['n', 'lt', 'lte', 'gt', 'gte', 'empty']);
}

/**
 * NetBox's boolean "has any" filters: true keeps rows with at least one related row in any of the
 * tables, false rows with none.
 */
export function hasAnyFilter(tables: string[], column = 'device_type_id'): FilterDef {
  return method('boolean', (qb, values) => {
    const wanted = new Set(values as boolean[]);
    if (wanted.size !== 1) return;
    const exists = tables.map(() => 'EXISTS (SELECT 1 FROM ?? AS c WHERE c.?? = t.id)').join(' OR ');
    const bindings = tables.flatMap((tb) => [tb, column]);
    if (wanted.has(true)) qb.whereRaw(`(${exists})`, bindings);
    else qb.whereRaw(`NOT (${exists})`, bindings);
  });
}

/** A boolean that is always false (front/rear images: uploads are not supported). */
export function alwaysFalseFilter(): FilterDef {
  return method('boolean', (qb, values) => {
    if (!(values as boolean[]).includes(false)) qb.whereRaw('false');
  });
}

/** What every component template list filters by (NetBox's ComponentTemplateFilterSet). */
export function templateFilters(modular: boolean): Record<string, FilterDef> {
  return {
    device_type: relation(() => DeviceType, { by: false }),
    ...(modular ? { module_type: relation(() => ModuleType, { by: false }) } : {}),
    name: 'text',
    label: 'text',
    description: 'text',
  };
}

/** NetBox's template search: name, label, description. */
export const templateSearch = ['name', 'label', 'description'];
