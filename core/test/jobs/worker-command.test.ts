/**
 * `patchbay worker` as a process: boots from the operator's config, runs a queued job of a
 * plugin, stops cleanly on SIGTERM (exit 0, deregistered). Runs on the database of the test run:
 * a scratch PostgreSQL database when DATABASE_URL is set, else a PGlite data directory.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { boot, enqueueJob, parseConfig, type Patchbay } from '@patchbay/core';
import { testDatabases } from '@patchbay/core/testing';
import { silentLogger } from '../../src/logger.js';
import { createKnex } from '../../src/db/create-knex.js';
import { parseWorkerArgs } from '../../src/cli/worker.js';
import { markerPlugin } from './fixtures/marker-plugin.js';
import { waitFor } from './job-world.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const kind = testDatabases()[0]!;

describe(`patchbay worker (process, ${kind})`, () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'pb-worker-'));
  let databaseUrl: string | undefined;
  let scratch: string | undefined;

  /** Boots the platform on the test database in this process (PGlite allows one process at a time). */
  const open = (): Promise<Patchbay> =>
    boot({ config: parseConfig({ dataDir: dir, databaseUrl, secretKey: 'test-secret-key-0123456789abcdef' }), plugins: [markerPlugin], logger: silentLogger });

  beforeAll(async () => {
    if (kind === 'postgres') {
      scratch = `pb_worker_test_${randomBytes(4).toString('hex')}`;
      const admin = await createKnex({ databaseUrl: process.env.DATABASE_URL, pool: { min: 0, max: 1 } });
      await admin.raw(`CREATE DATABASE "${scratch}"`);
      await admin.destroy();
      const url = new URL(process.env.DATABASE_URL!);
      url.pathname = `/${scratch}`;
      databaseUrl = url.toString();
    }
    writeFileSync(path.join(dir, 'patchbay.config.json'), JSON.stringify({ plugins: [path.join(import.meta.dirname, 'fixtures/marker-plugin.ts')] }));
  });

  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    if (scratch) {
      const admin = await createKnex({ databaseUrl: process.env.DATABASE_URL, pool: { min: 0, max: 1 } });
      await admin.raw(`DROP DATABASE IF EXISTS "${scratch}" WITH (FORCE)`);
      await admin.destroy();
    }
  });

  it('runs a queued job, then deregisters and exits 0 on SIGTERM', async () => {
    const marker = path.join(dir, 'touched');
    let pb = await open();
    const job = await enqueueJob(pb.knex, { name: 'marker.touch', data: { path: marker } });
    await pb.close();

    const env: NodeJS.ProcessEnv = { ...process.env, PATCHBAY_CONFIG: path.join(dir, 'patchbay.config.json'), DATA_DIR: dir };
    if (databaseUrl) env.DATABASE_URL = databaseUrl;
    else delete env.DATABASE_URL;
    const child = spawn(process.execPath, ['--import', 'tsx', 'core/src/cli/main.ts', 'worker', '--queue', 'default'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      await waitFor(() => existsSync(marker) || child.exitCode !== null, 45_000, 'the worker to run the job');
      expect(existsSync(marker), log).toBe(true);
      if (databaseUrl) {
        // PostgreSQL serves the API and the worker at once: the worker is visible while it runs.
        const knex = await createKnex({ databaseUrl, pool: { min: 0, max: 1 } });
        expect(Number((await knex('core_worker').count({ n: '*' }))[0]!.n)).toBe(1);
        await knex.destroy();
      }
      child.kill('SIGTERM');
      expect(await exited, log).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    expect(log).toContain('handlers: marker.touch');
    expect(log).toContain('SIGTERM');

    pb = await open();
    try {
      expect(await pb.knex('core_job').where({ id: job.id }).first()).toMatchObject({ status: 'completed', data: { touched: marker } });
      expect(await pb.knex('core_worker').select('name')).toEqual([]);
    } finally {
      await pb.close();
    }
  });

  it('parses its queue options and refuses anything else', () => {
    expect(parseWorkerArgs([])).toEqual({});
    expect(parseWorkerArgs(['--queue', 'high', '--queue=low,default'])).toEqual({ queues: ['high', 'low', 'default'] });
    expect(() => parseWorkerArgs(['--queue'])).toThrow(/usage: patchbay worker/);
    expect(() => parseWorkerArgs(['--concurrency=4'])).toThrow(/unexpected argument "--concurrency=4"/);
  });
});
