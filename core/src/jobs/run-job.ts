/**
 * Runs one claimed job: looks its handler up, calls it, and records the outcome — completed (with
 * the handler's result as `data`), failed (JobFailed: final, not retried), a retry after the
 * handler's backoff, or errored once the attempts are used up or when no handler has that name.
 */
import type { Knex } from 'knex';
import type { Registry } from '../registry/registry.js';
import type { RootContainer } from '../container/cradle.js';
import type { EventBus } from '../events/event-queue.js';
import type { Logger } from '../logger.js';
import { JobFailed, type ClaimedJob } from './define-job.js';
import { finishJob, retryJob, type ClaimedRow, type TerminalStatus } from './queue-store.js';

export interface RunJobDeps {
  knex: Knex;
  registry: Registry;
  container?: RootContainer;
  eventBus?: EventBus;
  logger: Logger;
  worker: string;
  signal: AbortSignal;
}

export type JobOutcome = TerminalStatus | 'retry' | 'lost';

/** The error text stored on the job (NetBox stores repr(e)); the stack goes to the worker's log only. */
function errorText(err: unknown): string {
  return err instanceof Error ? `${err.name}: ${err.message}` : String(err);
}

function publish(deps: RunJobDeps, event: string, job: ClaimedJob, extra: Record<string, unknown> = {}): void {
  if (!deps.eventBus) return;
  const data = { id: job.id, job_id: job.job_id, name: job.name, queue_name: job.queue_name, attempts: job.attempts, ...extra };
  deps.eventBus.emit('event', {
    event_type: event,
    object_type: 'core.job',
    object_id: job.id,
    data,
    snapshots: { prechange: null, postchange: data },
    request_id: job.job_id,
    username: null,
    timestamp: new Date().toISOString(),
  });
}

export async function runJob(deps: RunJobDeps, row: ClaimedRow): Promise<JobOutcome> {
  const { kwargs, error: previousError, ...job } = row;
  const end = async (status: TerminalStatus, result: { data?: unknown; error?: string }): Promise<JobOutcome> => {
    const held = await finishJob(deps.knex, deps.worker, job.id, status, result);
    if (!held) {
      deps.logger.warn(`job ${job.id} (${job.name}) was taken back from this worker before it finished; its result is dropped`);
      return 'lost';
    }
    publish(deps, `job_${status}`, job, { status, error: result.error ?? '' });
    return status;
  };

  const def = deps.registry.jobs.get(job.name);
  if (!def) return end('errored', { error: `Unknown job "${job.name}": no enabled plugin declares a handler with this name.` });
  if (job.attempts > def.maxAttempts)
    return end('errored', { error: `Gave up after ${def.maxAttempts} attempts. Last error: ${previousError || '(none)'}` });

  publish(deps, 'job_started', job);
  let result: unknown;
  try {
    result = await def.handler({
      job, data: kwargs, knex: deps.knex, registry: deps.registry, container: deps.container, logger: deps.logger, signal: deps.signal,
    });
  } catch (err) {
    if (err instanceof JobFailed) return end('failed', { error: err.message });
    const text = errorText(err);
    if (job.attempts < def.maxAttempts) {
      const delay = def.backoff(job.attempts);
      deps.logger.warn(`job ${job.id} (${job.name}) attempt ${job.attempts}/${def.maxAttempts} failed, retrying in ${delay} ms: ${(err as Error)?.message ?? err}`);
      return (await retryJob(deps.knex, deps.worker, job.id, delay, text)) ? 'retry' : 'lost';
    }
    deps.logger.error(`job ${job.id} (${job.name}) errored after ${job.attempts} attempt(s): ${(err as Error)?.stack ?? text}`);
    return end('errored', { error: text });
  }
  let data: unknown;
  try {
    data = result === undefined ? undefined : JSON.parse(JSON.stringify(result));
  } catch (err) {
    return end('errored', { error: `The handler's result is not JSON: ${(err as Error).message}` });
  }
  return end('completed', { data });
}
