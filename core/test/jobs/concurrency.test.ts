/** Two worker loops on one database claim with FOR UPDATE SKIP LOCKED: every job runs exactly once. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '@patchbay/core/testing';
import { enqueueJob, jobTestApp, newLedger, startLoop, waitFor, type JobLedger } from './job-world.js';

describe('concurrent workers', () => {
  let t: TestApp;
  let ledger: JobLedger;
  beforeAll(async () => {
    ledger = newLedger();
    t = await jobTestApp(ledger);
  });
  afterAll(async () => t?.close());

  it(`process 50 jobs exactly once each (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, async () => {
    // A long poll interval: on PostgreSQL the NOTIFY of the commit is what wakes both workers.
    const pollIntervalMs = process.env.DATABASE_URL ? 30_000 : 50;
    const a = startLoop(t, { name: 'worker-a', pollIntervalMs });
    const b = startLoop(t, { name: 'worker-b', pollIntervalMs });
    await waitFor(async () => Number((await t.knex('core_worker').count({ n: '*' }))[0]!.n) === 2, 10_000, 'both workers to register');
    await new Promise((r) => setTimeout(r, 100));

    const ids = await t.knex.transaction(async (trx) => {
      const out: number[] = [];
      for (let i = 0; i < 50; i++) out.push((await enqueueJob(trx, { name: 'jobtest.count', data: { i } })).id);
      return out;
    });
    await waitFor(async () => Number((await t.knex('core_job').whereIn('id', ids).where({ status: 'completed' }).count({ n: '*' }))[0]!.n) === 50, 30_000, 'all 50 jobs');
    const [ra, rb] = await Promise.all([a.stop(), b.stop()]);

    expect(ids.every((id) => ledger.runs.get(id) === 1), JSON.stringify([...ledger.runs])).toBe(true);
    expect(ra.processed.completed + rb.processed.completed).toBe(50);
    // Both took part (each handler sleeps, so neither can drain the queue alone).
    expect(ra.processed.completed).toBeGreaterThan(0);
    expect(rb.processed.completed).toBeGreaterThan(0);
    const rows = await t.knex('core_job').whereIn('id', ids).select('attempts', 'worker_name');
    expect(rows.every((r) => r.attempts === 1)).toBe(true);
    expect(new Set(rows.map((r) => r.worker_name))).toEqual(new Set(['worker-a', 'worker-b']));
  });
});
