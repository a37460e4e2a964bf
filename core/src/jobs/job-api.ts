/** The read-only /api/core/jobs/ endpoint (NetBox's JobSerializer and JobFilterSet). */
import { defineSerializer } from '../serializers/define-serializer.js';
import type { Knex } from 'knex';
import { defineFilterSet, choice, method, relation, type FilterDef } from '../filters/define-filter-set.js';
import { defineResource } from '../api/resource.js';
import { User } from '../apps/users/models.js';
import { Job, JobStatusChoices } from './job-model.js';

export const jobSerializer = defineSerializer(Job, {
  fields: [
    'id', 'url', 'display_url', 'display', 'object_type', 'object_id', 'name', 'status', 'created', 'scheduled',
    'interval', 'started', 'completed', 'user', 'data', 'error', 'job_id',
  ],
  brief: ['id', 'url', 'display', 'status', 'created', 'completed', 'user'],
});

const OPS: Record<string, string> = { '': '=', lt: '<', lte: '<=', gt: '>', gte: '>=', before: '<=', after: '>=' };

/**
 * A job date-time with the usual lookups plus NetBox's JobFilterSet `__before` (lte) and
 * `__after` (gte): `created__before=2025-01-01T00:00Z`.
 */
function jobTime(column: string): FilterDef {
  const col = `t.${column}`;
  return method('datetime', (qb: Knex.QueryBuilder, values: unknown[], lookup: string, negate: boolean) => {
    if (lookup === 'empty') {
      if (values[0]) qb.whereNull(col);
      else qb.whereNotNull(col);
      return;
    }
    // `__before`/`__after` are single-value DateTimeFilters in NetBox: the last value given wins.
    const given = lookup === 'before' || lookup === 'after' ? values.slice(-1) : values;
    const build = (w: Knex.QueryBuilder) => { for (const v of given) w.orWhere(col, OPS[lookup]!, v as string); };
    // Django's exclude() keeps rows whose column is NULL.
    if (negate) qb.where((w) => w.whereNot(build).orWhereNull(col));
    else qb.where(build);
  }, ['n', 'lt', 'lte', 'gt', 'gte', 'empty', 'before', 'after']);
}

export const jobFilterSet = defineFilterSet(Job, {
  fields: {
    object_type: 'text',
    object_id: 'number',
    name: 'text',
    interval: 'number',
    status: choice(JobStatusChoices),
    user: relation(() => User, { by: 'username' }),
    created: jobTime('created'),
    scheduled: jobTime('scheduled'),
    started: jobTime('started'),
    completed: jobTime('completed'),
    job_id: 'uuid',
  },
  search: ['name'],
});

/** Registered by the core app's plugin definition. */
export const jobResource = defineResource({ slug: 'jobs', model: Job, serializer: jobSerializer, filterSet: jobFilterSet, readOnly: true });
