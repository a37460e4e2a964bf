/** The worker loop: outcomes of a job (completed, errored, failed, retried), scheduling, recovery, presence. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '@patchbay/core/testing';
import type { PatchbayEvent } from '@patchbay/core';
import { enqueueJob, jobRow, jobTestApp, newLedger, startLoop, waitFor, waitForEnd, type JobLedger } from './job-world.js';

describe('worker loop', () => {
  let t: TestApp;
  let ledger: JobLedger;
  beforeAll(async () => {
    ledger = newLedger();
    t = await jobTestApp(ledger);
  });
  afterAll(async () => t?.close());

  /** Runs a worker until the given jobs have ended, then stops it. */
  async function runUntilEnded(ids: number[]) {
    const loop = startLoop(t);
    try {
      const rows = [];
      for (const id of ids) rows.push(await waitForEnd(t, id));
      return rows;
    } finally {
      await loop.stop();
    }
  }

  it('runs a job and stores the handler result as data', async () => {
    const events: PatchbayEvent[] = [];
    const listen = (e: PatchbayEvent) => events.push(e);
    t.patchbay.container.cradle.eventBus.on('event', listen);
    const job = await enqueueJob(t.knex, { name: 'jobtest.echo', data: { value: [1, 'two'] } });
    const [row] = await runUntilEnded([job.id]);
    t.patchbay.container.cradle.eventBus.off('event', listen);
    expect(row).toMatchObject({ status: 'completed', error: '', attempts: 1, data: { echoed: [1, 'two'], attempts: 1 }, kwargs: { value: [1, 'two'] } });
    expect(row!.started).toBeTruthy();
    expect(new Date(row!.completed).getTime()).toBeGreaterThanOrEqual(new Date(row!.started).getTime());
    expect(events.filter((e) => e.object_id === job.id).map((e) => e.event_type)).toEqual(['job_started', 'job_completed']);
  });

  it('marks a failing handler errored with its message', async () => {
    const job = await enqueueJob(t.knex, { name: 'jobtest.boom' });
    const [row] = await runUntilEnded([job.id]);
    expect(row).toMatchObject({ status: 'errored', attempts: 1, error: 'Error: boom: the device did not answer' });
    expect(row!.completed).toBeTruthy();
  });

  it('marks a job errored when no enabled plugin declares its name', async () => {
    const job = await enqueueJob(t.knex, { name: 'nobody.handles-this' });
    const [row] = await runUntilEnded([job.id]);
    expect(row).toMatchObject({ status: 'errored', attempts: 1 });
    expect(row!.error).toContain('Unknown job "nobody.handles-this"');
  });

  it('retries up to the handler limit, then succeeds or errors', async () => {
    const flaky = await enqueueJob(t.knex, { name: 'jobtest.flaky' });
    const always = await enqueueJob(t.knex, { name: 'jobtest.always' });
    const [f, a] = await runUntilEnded([flaky.id, always.id]);
    expect(f).toMatchObject({ status: 'completed', attempts: 3, data: 'finally', error: '' });
    expect(ledger.flaky.get(flaky.id)).toBe(3);
    expect(a).toMatchObject({ status: 'errored', attempts: 2, error: 'TypeError: still broken' });
  });

  it('ends a JobFailed job as failed, without retrying', async () => {
    const job = await enqueueJob(t.knex, { name: 'jobtest.refuse' });
    const [row] = await runUntilEnded([job.id]);
    expect(row).toMatchObject({ status: 'failed', attempts: 1, error: 'the target is decommissioned' });
  });

  it('leaves a job scheduled in the future alone, and serves only its queues', async () => {
    const later = await enqueueJob(t.knex, { name: 'jobtest.echo', data: { value: 1 }, scheduledAt: new Date(Date.now() + 3_600_000) });
    const other = await enqueueJob(t.knex, { name: 'jobtest.echo', data: { value: 2 }, queue: 'reports' });
    const due = await enqueueJob(t.knex, { name: 'jobtest.echo', data: { value: 3 }, queue: 'high' });
    const loop = startLoop(t, { queues: ['high', 'default'] });
    await waitForEnd(t, due.id);
    await new Promise((r) => setTimeout(r, 300));
    const result = await loop.stop();
    expect((await jobRow(t, later.id)).status).toBe('scheduled');
    expect((await jobRow(t, other.id)).status).toBe('pending');
    expect(result.processed.completed).toBe(1);
    await t.knex('core_job').whereIn('id', [later.id, other.id]).delete();
  });

  it('re-enqueues a recurring job after it runs', async () => {
    const job = await enqueueJob(t.knex, { name: 'jobtest.echo', data: { value: 'tick' }, interval: 5 });
    await runUntilEnded([job.id]);
    const next = await t.knex('core_job').where({ name: 'jobtest.echo', status: 'scheduled' }).where('id', '>', job.id).first();
    expect(next).toMatchObject({ interval: 5, kwargs: { value: 'tick' }, queue_name: 'default', attempts: 0 });
    const delayMin = (new Date(next.scheduled).getTime() - Date.now()) / 60_000;
    expect(delayMin).toBeGreaterThan(4);
    expect(delayMin).toBeLessThanOrEqual(5.1);
    await t.knex('core_job').where({ id: next.id }).delete();
  });

  it('puts back and runs the job of a worker that stopped heartbeating', async () => {
    await t.knex('core_worker').insert({ name: 'dead-worker', hostname: 'gone', pid: 1, heartbeat: t.knex.raw(`now() - interval '10 minutes'`) });
    const job = await enqueueJob(t.knex, { name: 'jobtest.echo', data: { value: 'again' } });
    await t.knex('core_job').where({ id: job.id }).update({ status: 'running', attempts: 1, worker_name: 'dead-worker', started: t.knex.fn.now() });
    const [row] = await runUntilEnded([job.id]);
    expect(row).toMatchObject({ status: 'completed', attempts: 2, data: { echoed: 'again', attempts: 2 } });
    await t.knex('core_worker').where({ name: 'dead-worker' }).delete();
  });

  it('shows a live worker in /api/status/ and deregisters on stop', async () => {
    const running = async () => (await t.api.get('/api/status/')).body['workers-running'];
    expect(await running()).toBe(0);
    const loop = startLoop(t, { heartbeatIntervalMs: 100 });
    await waitFor(async () => (await running()) === 1, 10_000, 'the worker to register');
    const first = (await t.knex('core_worker').where({ name: loop.name }).first()).heartbeat;
    await waitFor(async () => new Date((await t.knex('core_worker').where({ name: loop.name }).first()).heartbeat) > new Date(first), 10_000, 'a heartbeat');
    await loop.stop();
    expect(await running()).toBe(0);
    expect(await t.knex('core_worker').where({ name: loop.name }).first()).toBeUndefined();
  });

  it('lets the running job finish when asked to stop', async () => {
    const job = await enqueueJob(t.knex, { name: 'jobtest.slow' });
    const loop = startLoop(t);
    await waitFor(async () => (await jobRow(t, job.id)).status === 'running', 10_000, 'the job to start');
    const result = await loop.stop();
    expect(result.processed.completed).toBe(1);
    // The handler saw the stop request while it ran, and its result was still recorded.
    expect(await jobRow(t, job.id)).toMatchObject({ status: 'completed', data: { sawStop: true } });
  });
});
