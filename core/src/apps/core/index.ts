/**
 * The `core` app, built with the same definePlugin API as every domain: object types, the
 * read-only change log, and the tables behind workers and instance secrets.
 */
import { definePlugin } from '../../plugin/define-plugin.js';
import { defineSerializer } from '../../serializers/define-serializer.js';
import { defineFilterSet, choice, method, relation } from '../../filters/define-filter-set.js';
import type { Knex } from 'knex';
import { defineResource } from '../../api/resource.js';
import { ObjectChange, ObjectChangeActionChoices, ObjectType } from './models.js';
import { User } from '../users/models.js';
import { coreMigrations } from './migrations.js';
import { PATCHBAY_VERSION } from '../../version.js';
import { Job, JobStatusChoices } from '../../jobs/job-model.js';
import { jobResource } from '../../jobs/job-api.js';
import { jobMigrations } from '../../jobs/migrations.js';

export const objectTypeSerializer = defineSerializer(ObjectType, {
  // NetBox 4.2's fields, then 4.4's public/features (additive; they say what each model supports).
  fields: ['id', 'url', 'display', 'app_label', 'model', 'public', 'features'],
  brief: ['id', 'url', 'display', 'app_label', 'model'],
});

export const objectChangeSerializer = defineSerializer(ObjectChange, {
  fields: [
    'id', 'url', 'display_url', 'display', 'time', 'user', 'user_name', 'request_id', 'action',
    'changed_object_type', 'changed_object_id', 'changed_object', 'related_object_type', 'related_object_id',
    'object_repr', 'message', 'prechange_data', 'postchange_data',
  ],
  brief: ['id', 'url', 'display', 'time', 'action', 'changed_object_type', 'changed_object_id', 'object_repr'],
});

export const objectTypeFilterSet = defineFilterSet(ObjectType, {
  fields: { app_label: 'text', model: 'text', public: 'boolean' },
  search: ['app_label', 'model'],
});

/** NetBox's DateTimeFromToRangeFilter halves: `time_after` is `time >= value`, `time_before` `time <= value`. */
const timeBound = (op: '>=' | '<=') => method('datetime', (qb: Knex.QueryBuilder, values: unknown[]) => {
  // Given twice, the last value wins (Django reads one value per range half).
  qb.where('t.time', op, values[values.length - 1] as string);
}, []);

/**
 * `changed_object_type_id`: changes of the given object types (core_objecttype ids); the change
 * stores the type's "app.model" label. An unknown id matches nothing (NetBox answers 400).
 */
const changedObjectTypeId = method('number', (qb: Knex.QueryBuilder, values: unknown[], _lookup: string, negate: boolean) => {
  const labels = (sub: Knex.QueryBuilder) =>
    sub.select(sub.client.raw(`app_label || '.' || model`)).from('core_objecttype').whereRaw('id = ANY(?::bigint[])', [values.map(String)]);
  if (negate) qb.whereNotIn('t.changed_object_type', labels);
  else qb.whereIn('t.changed_object_type', labels);
}, ['n']);

export const objectChangeFilterSet = defineFilterSet(ObjectChange, {
  fields: {
    time: 'datetime',
    time_after: timeBound('>='),
    time_before: timeBound('<='),
    changed_object_type_id: changedObjectTypeId,
    user: relation(() => User, { by: 'username' }),
    user_name: 'text',
    request_id: 'uuid',
    action: choice(ObjectChangeActionChoices),
    changed_object_type: 'text',
    changed_object_id: 'number',
    related_object_type: 'text',
    related_object_id: 'number',
    object_repr: 'text',
  },
  search: ['user_name', 'object_repr'],
});

export const corePlugin = definePlugin({
  name: 'core',
  version: PATCHBAY_VERSION,
  description: 'Object types and the change log.',
  compatibility: '*',
  mount: 'core',
  models: [ObjectType, ObjectChange, Job],
  resources: [
    defineResource({ slug: 'object-changes', model: ObjectChange, serializer: objectChangeSerializer, filterSet: objectChangeFilterSet, readOnly: true }),
    jobResource,
    // NetBox 4.2 serves object types under extras; the extras plugin's own endpoints join them there.
    defineResource({ slug: 'object-types', model: ObjectType, serializer: objectTypeSerializer, filterSet: objectTypeFilterSet, readOnly: true, app: 'extras' }),
  ],
  choices: [ObjectChangeActionChoices, JobStatusChoices],
  migrations: { ...coreMigrations, ...jobMigrations },
});
