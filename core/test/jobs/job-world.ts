/**
 * Shared set-up for the queue tests: a plugin declaring test job handlers, a test app with it,
 * and a helper that runs a worker loop in-process until stopped.
 */
import { definePlugin, defineJob, enqueueJob, JobFailed, runWorkerLoop, type WorkerLoopOptions, type WorkerLoopResult } from '@patchbay/core';
import { createTestApp, type TestApp } from '@patchbay/core/testing';

/** What the handlers saw, so tests can assert how often each job ran. */
export interface JobLedger {
  runs: Map<number, number>;
  flaky: Map<number, number>;
}

export function newLedger(): JobLedger {
  return { runs: new Map(), flaky: new Map() };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A plugin with one handler per behaviour the worker must handle. */
export function jobTestPlugin(ledger: JobLedger, extra: Partial<Parameters<typeof definePlugin>[0]> = {}) {
  return definePlugin({
    name: 'jobtest',
    version: '1.0.0',
    compatibility: '*',
    jobs: [
      defineJob<{ value: unknown }>({ name: 'jobtest.echo', handler: ({ data, job }) => ({ echoed: data.value, attempts: job.attempts }) }),
      defineJob({
        name: 'jobtest.count',
        handler: async ({ job }) => {
          ledger.runs.set(job.id, (ledger.runs.get(job.id) ?? 0) + 1);
          await sleep(5);
        },
      }),
      defineJob({ name: 'jobtest.boom', maxAttempts: 1, handler: () => { throw new Error('boom: the device did not answer'); } }),
      defineJob({ name: 'jobtest.always', maxAttempts: 2, backoffMs: 0, handler: () => { throw new TypeError('still broken'); } }),
      defineJob({
        name: 'jobtest.flaky',
        maxAttempts: 3,
        backoffMs: 0,
        handler: ({ job }) => {
          ledger.flaky.set(job.id, (ledger.flaky.get(job.id) ?? 0) + 1);
          if (job.attempts < 3) throw new Error(`transient failure ${job.attempts}`);
          return 'finally';
        },
      }),
      defineJob({
        name: 'jobtest.slow',
        handler: async ({ signal }) => {
          const until = Date.now() + 5_000;
          while (!signal.aborted && Date.now() < until) await sleep(10);
          await sleep(50);
          return { sawStop: signal.aborted };
        },
      }),
      defineJob({ name: 'jobtest.refuse', handler: () => { throw new JobFailed('the target is decommissioned'); } }),
    ],
    ...extra,
  });
}

export async function jobTestApp(ledger: JobLedger, extra?: Partial<Parameters<typeof definePlugin>[0]>): Promise<TestApp> {
  return createTestApp({ plugins: [jobTestPlugin(ledger, extra)] });
}

/** A running in-process worker loop. */
export interface RunningLoop {
  name: string;
  stop(): Promise<WorkerLoopResult>;
}

export function startLoop(t: TestApp, opts: Partial<WorkerLoopOptions> = {}): RunningLoop {
  const stop = new AbortController();
  const name = opts.name ?? `test-worker-${Math.random().toString(16).slice(2, 8)}`;
  const done = runWorkerLoop({
    knex: t.knex, registry: t.patchbay.registry, container: t.patchbay.container, signal: stop.signal, name,
    pollIntervalMs: 50, ...opts,
  });
  return {
    name,
    async stop() {
      stop.abort();
      return done;
    },
  };
}

/** Polls until `check` returns a truthy value (or fails after `ms`). */
export async function waitFor<T>(check: () => Promise<T | undefined | null | false> | T | undefined | null | false, ms = 20_000, what = 'condition'): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v) return v as T;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(25);
  }
}

/** Reads a job row. */
export async function jobRow(t: TestApp, id: number): Promise<Record<string, any>> {
  return t.knex('core_job').where({ id }).first();
}

/** Waits until a job reaches a terminal status and returns its row. */
export async function waitForEnd(t: TestApp, id: number): Promise<Record<string, any>> {
  return waitFor(async () => {
    const row = await jobRow(t, id);
    return ['completed', 'errored', 'failed'].includes(row?.status) ? row : undefined;
  }, 20_000, `job ${id} to end`);
}

export { enqueueJob };
