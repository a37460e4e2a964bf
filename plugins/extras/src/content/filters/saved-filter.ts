import { User, defineFilterSet, method, relation, type Knex } from '@patchbay/core';
import { SavedFilter } from '../models/saved-filter.js';
import { objectTypesFilters } from '../object-types.js';

/** SavedFilterFilterSet: `q` searches name, slug and description. */
export const savedFilterFilterSet = defineFilterSet(SavedFilter, {
  fields: {
    ...objectTypesFilters('extras_savedfilter_object_types', 'savedfilter_id'),
    name: 'text',
    slug: 'text',
    description: 'text',
    enabled: 'boolean',
    shared: 'boolean',
    weight: 'number',
    user: relation(() => User, { by: 'username', column: 'user_id' }),
    // NetBox's `usable`: enabled, and shared or the requesting user's.
    usable: method('boolean', (qb, values, _lookup, negate, { userId }) => {
      const usable = (w: Knex.QueryBuilder) => {
        w.where('t.enabled', true).andWhere((o) => {
          o.where('t.shared', true);
          if (userId != null) o.orWhere('t.user_id', userId);
        });
      };
      if (values.some((v) => v === true) !== negate) qb.where(usable);
      else qb.whereNot(usable);
    }),
  },
  search: ['name', 'slug', 'description'],
});
