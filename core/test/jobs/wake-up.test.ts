/**
 * An idle worker wakes for a new job without waiting out its poll interval: by NOTIFY on
 * PostgreSQL — also after its LISTEN connection was killed — and by polling on PGlite.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '@patchbay/core/testing';
import { enqueueJob, jobTestApp, newLedger, startLoop, waitFor, waitForEnd } from './job-world.js';

const postgres = Boolean(process.env.DATABASE_URL);

describe(`waking an idle worker (${postgres ? 'LISTEN/NOTIFY' : 'polling'})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await jobTestApp(newLedger());
  });
  afterAll(async () => t?.close());

  /** The worker's LISTEN backend, if any (PostgreSQL only). */
  const listenerPid = async (name: string): Promise<number | undefined> => {
    const { rows } = await t.knex.raw(
      `SELECT pid FROM pg_stat_activity WHERE application_name = ? AND datname = current_database()`,
      [`patchbay worker ${name}`.slice(0, 63)],
    );
    return rows[0]?.pid;
  };

  it('runs a job enqueued while it idles, promptly, and again after losing its connection', async () => {
    // On PostgreSQL the poll interval is far beyond the test's patience: only a NOTIFY can wake it.
    const loop = startLoop(t, { pollIntervalMs: postgres ? 120_000 : 100 });
    try {
      if (postgres) await waitFor(() => listenerPid(loop.name), 10_000, 'the LISTEN connection');
      await new Promise((r) => setTimeout(r, 200));
      let started = Date.now();
      const first = await enqueueJob(t.knex, { name: 'jobtest.echo', data: { value: 1 } });
      expect((await waitForEnd(t, first.id)).status).toBe('completed');
      expect(Date.now() - started).toBeLessThan(5_000);

      if (postgres) {
        const pid = (await listenerPid(loop.name))!;
        await t.knex.raw('SELECT pg_terminate_backend(?)', [pid]);
        await waitFor(async () => {
          const again = await listenerPid(loop.name);
          return again !== undefined && again !== pid;
        }, 10_000, 'a new LISTEN connection');
      }
      started = Date.now();
      const second = await enqueueJob(t.knex, { name: 'jobtest.echo', data: { value: 2 } });
      expect((await waitForEnd(t, second.id)).status).toBe('completed');
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      await loop.stop();
    }
  });
});
