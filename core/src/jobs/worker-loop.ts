/**
 * The worker loop behind `patchbay worker`, runnable in-process (tests pass a stop signal):
 * register in core_worker and heartbeat, claim due jobs one at a time and run them, sleep until a
 * NOTIFY (PostgreSQL) or the poll interval when idle, tidy up after dead workers, and on stop
 * finish the current job, then deregister.
 */
import type { Knex } from 'knex';
import type { Registry } from '../registry/registry.js';
import type { RootContainer } from '../container/cradle.js';
import type { EventBus } from '../events/event-queue.js';
import { silentLogger, type Logger } from '../logger.js';
import { isEmbedded } from '../db/create-knex.js';
import { claimJob, requeueOrphans, requeueStrays } from './queue-store.js';
import { deregisterWorker, heartbeat, pruneWorkers, registerWorker, workerName } from './worker-presence.js';
import { listenForJobs, Waker, type JobListener } from './wake.js';
import { runJob, type JobOutcome } from './run-job.js';

export interface WorkerLoopOptions {
  knex: Knex;
  registry: Registry;
  /** Handlers get it as `ctx.container`; its eventBus receives job_started / job_completed / … */
  container?: RootContainer;
  /** Stops the loop: the current job finishes, then the worker deregisters and the promise resolves. */
  signal: AbortSignal;
  logger?: Logger;
  /** Serve only these queues (default: every queue). */
  queues?: readonly string[];
  /** Default: host:pid:random. */
  name?: string;
  /** Idle re-check interval: a safety net with LISTEN (default 5 s), the wake-up without (default 1 s). */
  pollIntervalMs?: number;
  heartbeatIntervalMs?: number;
  /** Called after each job (tests and metrics). */
  onJob?: (job: { id: number; name: string }, outcome: JobOutcome) => void;
}

export interface WorkerLoopResult {
  name: string;
  /** Jobs run, by outcome. */
  processed: Record<JobOutcome, number>;
}

const HOUSEKEEPING_EVERY_MS = 15_000;

/** Runs until `signal` aborts; resolves once deregistered. */
export async function runWorkerLoop(opts: WorkerLoopOptions): Promise<WorkerLoopResult> {
  const { knex, registry, signal } = opts;
  const logger = opts.logger ?? silentLogger;
  const name = opts.name ?? workerName();
  const embedded = isEmbedded(knex);
  const pollMs = opts.pollIntervalMs ?? (embedded ? 1000 : 5000);
  const processed: WorkerLoopResult['processed'] = { completed: 0, errored: 0, failed: 0, retry: 0, lost: 0 };
  const eventBus = opts.container?.hasRegistration('eventBus') ? opts.container.cradle.eventBus as EventBus : undefined;
  const waker = new Waker();

  await registerWorker(knex, name);
  const beat = setInterval(() => {
    heartbeat(knex, name).catch((err) => logger.warn(`worker ${name}: heartbeat failed: ${(err as Error).message}`));
  }, opts.heartbeatIntervalMs ?? 15_000);
  beat.unref();

  let listener: JobListener | null = null;
  let relistenAt = 0;
  const ensureListener = async () => {
    if (embedded || (listener && !listener.lost) || Date.now() < relistenAt) return;
    await listener?.close();
    listener = null;
    try {
      listener = await listenForJobs(knex, waker, opts.queues, name);
    } catch (err) {
      relistenAt = Date.now() + pollMs;
      logger.warn(`worker ${name}: LISTEN failed, polling every ${pollMs} ms: ${(err as Error).message}`);
    }
  };

  let housekeptAt = 0;
  const housekeep = async () => {
    if (Date.now() - housekeptAt < HOUSEKEEPING_EVERY_MS) return;
    housekeptAt = Date.now();
    const orphans = await requeueOrphans(knex);
    if (orphans.length) logger.warn(`worker ${name}: put back ${orphans.length} job(s) of stopped workers: ${orphans.join(', ')}`);
    await requeueStrays(knex, name, []);
    await pruneWorkers(knex);
  };

  logger.info(`worker ${name} started (${embedded ? `PGlite, polling every ${pollMs} ms` : 'PostgreSQL, LISTEN/NOTIFY'}; queues: ${opts.queues?.join(', ') || 'all'})`);
  let failures = 0;
  try {
    while (!signal.aborted) {
      try {
        await ensureListener();
        await housekeep();
        const job = await claimJob(knex, name, opts.queues);
        failures = 0;
        if (!job) {
          await waker.wait(pollMs, signal);
          continue;
        }
        const outcome = await runJob({ knex, registry, container: opts.container, eventBus, logger, worker: name, signal }, job);
        processed[outcome] += 1;
        opts.onJob?.({ id: job.id, name: job.name }, outcome);
      } catch (err) {
        // The database went away or a statement failed: back off (up to the poll interval) and carry on.
        failures += 1;
        logger.error(`worker ${name}: ${(err as Error)?.message ?? err}`);
        await waker.wait(Math.min(pollMs, 100 * 2 ** Math.min(failures, 10)), signal);
      }
    }
  } finally {
    clearInterval(beat);
    await (listener as JobListener | null)?.close();
    await deregisterWorker(knex, name).catch((err) => logger.warn(`worker ${name}: could not deregister: ${(err as Error).message}`));
    logger.info(`worker ${name} stopped`);
  }
  return { name, processed };
}
