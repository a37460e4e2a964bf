/**
 * The queue's SQL: claim the next due job (FOR UPDATE SKIP LOCKED, so concurrent workers never take
 * the same row), end it, schedule a retry, and put back the jobs of workers that died.
 */
import type { Knex } from 'knex';
import type { ClaimedJob } from './define-job.js';
import { notifyWorkers } from './enqueue-job.js';

/** A claimed row with the columns the worker needs besides the handler's view. */
export interface ClaimedRow extends ClaimedJob {
  kwargs: unknown;
  error: string;
}

/** A worker whose heartbeat is older than this is gone; its running jobs go back to the queue. */
export const ORPHAN_AFTER = `interval '2 minutes'`;

/** Claims the oldest due job (optionally of some queues) for `worker`; null when none is due. */
export async function claimJob(knex: Knex, worker: string, queues?: readonly string[]): Promise<ClaimedRow | null> {
  const queueSql = queues?.length ? `AND queue_name IN (${queues.map(() => '?').join(', ')})` : '';
  const result = await knex.raw(
    `WITH next AS (
       SELECT id FROM core_job
        WHERE status IN ('pending', 'scheduled') AND coalesce(scheduled, created) <= now() ${queueSql}
        ORDER BY coalesce(scheduled, created), id
        LIMIT 1
        FOR UPDATE SKIP LOCKED
     )
     UPDATE core_job j
        SET status = 'running', started = now(), completed = NULL, attempts = j.attempts + 1, worker_name = ?
       FROM next WHERE j.id = next.id
     RETURNING j.id, j.job_id, j.name, j.queue_name, j.attempts, j.user_id, j.object_type, j.object_id,
               j.scheduled, j."interval", j.kwargs, j.error`,
    [...(queues ?? []), worker],
  );
  const row = (result.rows as ClaimedRow[])[0];
  return row ? { ...row, id: Number(row.id), object_id: row.object_id === null ? null : Number(row.object_id) } : null;
}

export type TerminalStatus = 'completed' | 'errored' | 'failed';

/**
 * Ends a job this worker still holds; false when it no longer does (it was put back as orphaned).
 * A recurring job (interval) is enqueued again in the same transaction, at NetBox's
 * max(previous schedule + interval, now + 1 minute).
 */
export async function finishJob(knex: Knex, worker: string, id: number, status: TerminalStatus, result: { data?: unknown; error?: string }): Promise<boolean> {
  return knex.transaction(async (trx) => {
    const [done] = await trx('core_job')
      .update({
        status,
        completed: trx.fn.now(),
        error: result.error ?? '',
        ...(result.data === undefined ? {} : { data: result.data === null ? null : JSON.stringify(result.data) }),
      })
      .where({ id, status: 'running', worker_name: worker })
      .returning(['queue_name', 'interval']);
    if (!done) return false;
    if (done.interval) {
      await trx.raw(
        `INSERT INTO core_job (name, queue_name, status, kwargs, "interval", user_id, object_type, object_id, scheduled)
         SELECT name, queue_name, 'scheduled', kwargs, "interval", user_id, object_type, object_id,
                greatest(coalesce(scheduled, started, now()) + "interval" * interval '1 minute', now() + interval '1 minute')
           FROM core_job WHERE id = ?`,
        [id],
      );
      await notifyWorkers(trx, done.queue_name);
    }
    return true;
  });
}

/** Puts a job back for another attempt after `delayMs`, keeping the error of this one. */
export async function retryJob(knex: Knex, worker: string, id: number, delayMs: number, error: string): Promise<boolean> {
  const n = await knex('core_job')
    .update({ status: 'scheduled', scheduled: knex.raw(`now() + ? * interval '1 millisecond'`, [Math.max(0, Math.round(delayMs))]), error, started: null })
    .where({ id, status: 'running', worker_name: worker });
  return Number(n) > 0;
}

/** Puts back the running jobs of workers that stopped heartbeating; returns their ids. */
export async function requeueOrphans(knex: Knex): Promise<number[]> {
  const result = await knex.raw(
    `UPDATE core_job j
        SET status = 'pending', started = NULL,
            error = 'The worker ' || coalesce(j.worker_name, '(unknown)') || ' stopped while running this job.'
      WHERE j.status = 'running'
        AND NOT EXISTS (SELECT 1 FROM core_worker w WHERE w.name = j.worker_name AND w.heartbeat > now() - ${ORPHAN_AFTER})
     RETURNING j.id`,
  );
  return (result.rows as { id: number }[]).map((r) => Number(r.id));
}

/** Puts back jobs marked as held by this worker that it is not running (a finish that failed on a dropped connection). */
export async function requeueStrays(knex: Knex, worker: string, running: readonly number[]): Promise<number> {
  const q = knex('core_job').update({ status: 'pending', started: null }).where({ status: 'running', worker_name: worker });
  if (running.length) q.whereNotIn('id', [...running]);
  return Number(await q);
}
