import { choice, defineFilterSet, method, type Knex } from '@patchbay/core';
import { CableTermination } from '../models/cable-termination.js';
import { CableEndChoices } from '../choices.js';

/** NetBox 4.2's CableTerminationFilterSet: the cable (by id, `cable` and `cable__n`), the end, the terminating object. */
export const cableTerminationFilterSet = defineFilterSet(CableTermination, {
  fields: {
    cable: method('number', (qb, values, _lookup, negate) => {
      if (negate) qb.whereNotIn('t.cable_id', values as number[]);
      else qb.whereIn('t.cable_id', values as number[]);
    }, ['n']),
    cable_end: choice(CableEndChoices),
    termination_type: method('text', (qb: Knex.QueryBuilder, values, _lookup, negate) => {
      if (negate) qb.whereNotIn('t.termination_type', values as string[]);
      else qb.whereIn('t.termination_type', values as string[]);
    }, ['n']),
    termination_id: 'number',
  },
});
