/** The core.job model: one row per background job (NetBox's core.Job), served read-only at /api/core/jobs/. */
import { BaseModel, type FieldMap } from '../models/base-model.js';
import { field } from '../models/fields.js';
import { defineChoices } from '../choices.js';
import { User } from '../apps/users/models.js';

/** NetBox's JobStatusChoices; `completed`, `errored` and `failed` are terminal. */
export const JobStatusChoices = defineChoices('core.Job.status', [
  ['pending', 'Pending'],
  ['scheduled', 'Scheduled'],
  ['running', 'Running'],
  ['completed', 'Completed'],
  ['errored', 'Errored'],
  ['failed', 'Failed'],
]);

export type JobStatus = 'pending' | 'scheduled' | 'running' | 'completed' | 'errored' | 'failed';

export class Job extends BaseModel {
  static override tableName = 'core_job';
  static override label = 'core.job';
  static override verboseName = 'job';
  static override verboseNamePlural = 'jobs';
  static override ordering = ['-created'];
  static override features = [];
  static override fields: FieldMap = {
    object_type: field.string({ readOnly: true, nullable: true, maxLength: 100 }),
    object_id: field.integer({ readOnly: true, nullable: true, min: 0 }),
    name: field.string({ readOnly: true, maxLength: 200 }),
    status: field.choice(JobStatusChoices, { readOnly: true }),
    created: field.datetime({ readOnly: true }),
    scheduled: field.datetime({ readOnly: true, nullable: true }),
    interval: field.integer({ readOnly: true, nullable: true, min: 1 }),
    started: field.datetime({ readOnly: true, nullable: true }),
    completed: field.datetime({ readOnly: true, nullable: true }),
    user: field.related(() => User, { readOnly: true, nullable: true }),
    data: field.json({ readOnly: true }),
    error: field.text({ readOnly: true }),
    job_id: field.string({ readOnly: true }),
  };

  static override displayOf(row: Record<string, unknown>): string {
    return String(row.name);
  }
}
