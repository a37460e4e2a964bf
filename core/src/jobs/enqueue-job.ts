/**
 * enqueueJob: adds a job to the Postgres-backed queue. Pass the write's transaction and the job
 * exists only if that write commits; the wake-up NOTIFY is transactional too, so workers hear of
 * a job exactly when it becomes visible.
 */
import type { Knex } from 'knex';
import { PatchbayError } from '../errors.js';

/** The NOTIFY channel workers LISTEN on (payload: the queue name). */
export const JOB_CHANNEL = 'patchbay_jobs';

export interface EnqueueJobInput {
  /** The handler's name (a `defineJob` declared by an enabled plugin). */
  name: string;
  /** Input for the handler (JSON). */
  data?: unknown;
  /** Queue name (default `default`); workers may serve a subset of queues. */
  queue?: string;
  /** Run no earlier than this. */
  scheduledAt?: Date | string;
  /** Re-run every this many minutes after each run ends (NetBox's `interval`). */
  interval?: number;
  userId?: number | null;
  /** The object the job concerns (NetBox's `object_type` label + `object_id`). */
  objectType?: string;
  objectId?: number;
}

/** The created job's identifiers. */
export interface EnqueuedJob {
  id: number;
  job_id: string;
  status: 'pending' | 'scheduled';
}

function invalid(detail: string): PatchbayError {
  return new PatchbayError('PB_JOB_INVALID', 400, { detail });
}

/** Inserts the job row (and a NOTIFY) on `db`, which may be a transaction. */
export async function enqueueJob(db: Knex | Knex.Transaction, input: EnqueueJobInput): Promise<EnqueuedJob> {
  if (typeof input?.name !== 'string' || !input.name || input.name.length > 200) throw invalid('A job needs a name of at most 200 characters.');
  const queue = input.queue ?? 'default';
  if (typeof queue !== 'string' || !queue || queue.length > 100) throw invalid('A queue name must be 1–100 characters.');
  let scheduled: Date | null = null;
  if (input.scheduledAt !== undefined) {
    scheduled = new Date(input.scheduledAt);
    if (Number.isNaN(scheduled.getTime())) throw invalid(`scheduledAt "${String(input.scheduledAt)}" is not a date.`);
  }
  if (input.interval !== undefined && (!Number.isInteger(input.interval) || input.interval < 1))
    throw invalid('interval must be a whole number of minutes, at least 1.');
  const kwargs = input.data === undefined ? null : JSON.stringify(input.data);
  const status = scheduled ? 'scheduled' : 'pending';
  const [row] = await db('core_job')
    .insert({
      name: input.name,
      queue_name: queue,
      status,
      kwargs,
      scheduled,
      interval: input.interval ?? null,
      user_id: input.userId ?? null,
      object_type: input.objectType ?? null,
      object_id: input.objectId ?? null,
    })
    .returning(['id', 'job_id']);
  await notifyWorkers(db, queue);
  return { id: Number(row.id), job_id: String(row.job_id), status };
}

/** Wakes listening workers; inside a transaction PostgreSQL delivers it on commit (and drops it on rollback). */
export async function notifyWorkers(db: Knex | Knex.Transaction, queue: string): Promise<void> {
  await db.raw('select pg_notify(?, ?)', [JOB_CHANNEL, queue]);
}
