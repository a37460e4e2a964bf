/**
 * defineJob: a background job handler a plugin declares (`definePlugin({ jobs: [...] })`). The
 * worker looks handlers up by name in the registry's `jobs` store, so a job row names its handler.
 */
import type { Knex } from 'knex';
import { PluginError } from '../errors.js';
import type { Registry } from '../registry/registry.js';
import type { RootContainer } from '../container/cradle.js';
import type { Logger } from '../logger.js';

/** What a handler receives: the job, its input, and the platform (no transaction: open one if needed). */
export interface JobContext<D = unknown> {
  /** The job row as claimed (status `running`, `attempts` already counts this run). */
  readonly job: ClaimedJob;
  /** The input given to enqueueJob. */
  readonly data: D;
  readonly knex: Knex;
  readonly registry: Registry;
  /** The root container when the worker runs inside a booted platform (always under `patchbay worker`). */
  readonly container?: RootContainer;
  readonly logger: Logger;
  /** Aborted when the worker is asked to stop; long handlers should give up and throw. */
  readonly signal: AbortSignal;
}

/** A claimed core_job row, as a handler sees it. */
export interface ClaimedJob {
  readonly id: number;
  readonly job_id: string;
  readonly name: string;
  readonly queue_name: string;
  readonly attempts: number;
  readonly user_id: number | null;
  readonly object_type: string | null;
  readonly object_id: number | null;
  readonly scheduled: Date | string | null;
  readonly interval: number | null;
}

export interface JobOptions<D = unknown> {
  /** Unique across plugins; conventionally `<plugin>.<what>` (`acl.renumber`). */
  name: string;
  /** Runs the job; the resolved value (JSON) is stored as the job's `data` result. */
  handler: (ctx: JobContext<D>) => Promise<unknown> | unknown;
  /** Runs in total before the job is marked errored (default 3; 1 = never retried). */
  maxAttempts?: number;
  /** Delay before retry number `attempt` (1-based count of runs so far); default exponential from 10 s, at most 10 min. */
  backoffMs?: number | ((attempt: number) => number);
}

export interface JobDefinition<D = unknown> {
  readonly name: string;
  readonly handler: JobOptions<D>['handler'];
  readonly maxAttempts: number;
  /** Milliseconds to wait before the next attempt, given the number of runs so far. */
  backoff(attempt: number): number;
}

const DEFAULT_BACKOFF = (attempt: number) => Math.min(10_000 * 2 ** (attempt - 1), 600_000);

/** Checks a job declaration and returns frozen data (coded errors, as every defineX). */
export function defineJob<D = unknown>(opts: JobOptions<D>): JobDefinition<D> {
  if (!opts || typeof opts.name !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,199}$/.test(opts.name))
    throw new PluginError('PB_JOB_INVALID', `Job name "${opts?.name}" must be 1–200 letters, digits, ".", "_", ":" or "-".`);
  if (typeof opts.handler !== 'function') throw new PluginError('PB_JOB_INVALID', `Job "${opts.name}" needs a handler function.`);
  const maxAttempts = opts.maxAttempts ?? 3;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1)
    throw new PluginError('PB_JOB_INVALID', `Job "${opts.name}": maxAttempts must be a positive integer.`);
  const given = opts.backoffMs;
  if (typeof given === 'number' && !(given >= 0)) throw new PluginError('PB_JOB_INVALID', `Job "${opts.name}": backoffMs must be ≥ 0.`);
  const backoff = typeof given === 'function' ? given : typeof given === 'number' ? () => given : DEFAULT_BACKOFF;
  return Object.freeze({ name: opts.name, handler: opts.handler, maxAttempts, backoff });
}

/**
 * Thrown by a handler to end the job as `failed` (NetBox's JobFailed): a deliberate, final outcome
 * that is not retried. Any other error is `errored` once the attempts are used up.
 */
export class JobFailed extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'JobFailed';
  }
}
