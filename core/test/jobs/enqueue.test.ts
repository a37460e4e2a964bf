/** enqueueJob: transactional visibility, the stored shape, and input checks. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '@patchbay/core/testing';
import { PatchbayError } from '@patchbay/core';
import { enqueueJob, jobRow, jobTestApp, newLedger } from './job-world.js';

describe('enqueueJob', () => {
  let t: TestApp;
  let enqueuedBySignal = 0;
  beforeAll(async () => {
    t = await jobTestApp(newLedger(), {
      // A write that enqueues from inside its own transaction: one job per created group.
      setup({ signals }) {
        signals.on('post_save', async ({ row, trx, prev }) => {
          if (prev) return;
          enqueuedBySignal += 1;
          await enqueueJob(trx, { name: 'jobtest.echo', data: { value: row.name }, objectType: 'users.group', objectId: Number(row.id) });
        }, { model: 'users.group' });
      },
    });
  });
  afterAll(async () => t?.close());

  const count = async () => Number((await t.knex('core_job').count({ n: '*' }))[0]!.n);

  it('leaves no job behind when the enclosing transaction rolls back', async () => {
    const before = await count();
    await expect(
      t.knex.transaction(async (trx) => {
        await enqueueJob(trx, { name: 'jobtest.echo', data: { value: 1 } });
        expect(Number((await trx('core_job').count({ n: '*' }))[0]!.n)).toBe(before + 1);
        throw new Error('rolled back on purpose');
      }),
    ).rejects.toThrow('rolled back on purpose');
    expect(await count()).toBe(before);
  });

  it('makes the job visible once the transaction commits', async () => {
    const job = await t.knex.transaction((trx) => enqueueJob(trx, { name: 'jobtest.echo', data: { value: 'x' }, queue: 'low', userId: null }));
    const row = await jobRow(t, job.id);
    expect(row).toMatchObject({ name: 'jobtest.echo', queue_name: 'low', status: 'pending', kwargs: { value: 'x' }, data: null, attempts: 0, error: '' });
    expect(row.job_id).toBe(job.job_id);
    expect(job.job_id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('marks a job with a start time as scheduled', async () => {
    const at = new Date(Date.now() + 3_600_000);
    const job = await enqueueJob(t.knex, { name: 'jobtest.echo', scheduledAt: at, interval: 60 });
    expect(job.status).toBe('scheduled');
    const row = await jobRow(t, job.id);
    expect(new Date(row.scheduled).toISOString()).toBe(at.toISOString());
    expect(row.interval).toBe(60);
  });

  it('enqueues inside an API write and loses the job with a rejected bulk request', async () => {
    const ok = await t.api.post('/api/users/groups/', { name: 'net-ops' });
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    const queued = await t.knex('core_job').where({ object_type: 'users.group', object_id: ok.body.id }).first();
    expect(queued).toMatchObject({ name: 'jobtest.echo', kwargs: { value: 'net-ops' } });

    const before = await count();
    const signalled = enqueuedBySignal;
    // The first group is saved (and its job enqueued) before the second fails: all-or-nothing drops both.
    const bad = await t.api.post('/api/users/groups/', [{ name: 'first-of-two' }, { name: '' }]);
    expect(bad.status).toBe(400);
    expect(enqueuedBySignal).toBe(signalled + 1);
    expect(await count()).toBe(before);
  });

  it('refuses malformed input with a 400-shaped error', async () => {
    for (const input of [
      { name: '' },
      { name: 'x'.repeat(201) },
      { name: 'jobtest.echo', queue: '' },
      { name: 'jobtest.echo', scheduledAt: 'not a date' },
      { name: 'jobtest.echo', interval: 0 },
    ]) {
      const err = await enqueueJob(t.knex, input).catch((e: unknown) => e);
      expect(err, JSON.stringify(input)).toBeInstanceOf(PatchbayError);
      expect((err as PatchbayError).status).toBe(400);
    }
  });
});
