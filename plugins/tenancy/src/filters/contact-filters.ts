/**
 * NetBox's ContactModelFilterSet, for any model with the `contacts` feature: rows that have a
 * contact assignment with the given `contact`, `contact_role` (ids) or a contact in `contact_group`
 * (id, subtree). `__n` keeps rows with no such assignment. The model's label scopes the assignments.
 */
import { method, type FilterDef } from '@patchbay/core';

type QueryBuilder = Parameters<Extract<FilterDef, { kind: 'method' }>['apply']>[0];

const ASSIGNMENTS = 'tenancy_contactassignment';

function assigned(label: string, match: (sub: QueryBuilder, values: unknown[]) => void): FilterDef {
  return method('number', (qb, values, _lookup, negate) => {
    const ids = (sub: QueryBuilder) => {
      sub.select('a.object_id').from(`${ASSIGNMENTS} as a`).where('a.object_type', label);
      match(sub, values);
    };
    if (negate) qb.whereNotIn('t.id', ids);
    else qb.whereIn('t.id', ids);
  }, ['n']);
}

/** `contact`, `contact_role`, `contact_group` for the model labelled `label` (e.g. `dcim.site`). */
export function contactFilters(label: string): Record<string, FilterDef> {
  return {
    contact: assigned(label, (sub, values) => void sub.whereRaw('a.contact_id = ANY(?::bigint[])', [values as never])),
    contact_role: assigned(label, (sub, values) => void sub.whereRaw('a.role_id = ANY(?::bigint[])', [values as never])),
    contact_group: assigned(label, (sub, values) => void sub
      .join('tenancy_contact as c', 'c.id', 'a.contact_id')
      .whereRaw('c.group_id IN (SELECT id FROM tenancy_contactgroup WHERE _path && ?::bigint[])', [values as never])),
  };
}
