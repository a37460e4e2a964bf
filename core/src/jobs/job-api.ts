/** The read-only /api/core/jobs/ endpoint (NetBox's JobSerializer and JobFilterSet). */
import { defineSerializer } from '../serializers/define-serializer.js';
import { defineFilterSet, choice, relation } from '../filters/define-filter-set.js';
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

export const jobFilterSet = defineFilterSet(Job, {
  fields: {
    object_type: 'text',
    object_id: 'number',
    name: 'text',
    interval: 'number',
    status: choice(JobStatusChoices),
    user: relation(() => User, { by: 'username' }),
    scheduled: 'datetime',
    started: 'datetime',
    completed: 'datetime',
    job_id: 'uuid',
  },
  search: ['name'],
});

/** Registered by the core app's plugin definition. */
export const jobResource = defineResource({ slug: 'jobs', model: Job, serializer: jobSerializer, filterSet: jobFilterSet, readOnly: true });
