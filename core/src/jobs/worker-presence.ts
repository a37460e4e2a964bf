/**
 * A worker's row in core_worker: registered at start, heartbeat every ~15 s, removed at a clean
 * stop. `/api/status/` counts rows with a heartbeat under a minute old; stale rows are pruned.
 */
import os from 'node:os';
import { randomBytes } from 'node:crypto';
import type { Knex } from 'knex';

/** A unique worker name: host, pid and a random suffix (several loops may share a process). */
export function workerName(): string {
  return `${os.hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
}

export async function registerWorker(knex: Knex, name: string): Promise<void> {
  await knex('core_worker')
    .insert({ name, hostname: os.hostname().slice(0, 200), pid: process.pid })
    .onConflict('name')
    .merge({ heartbeat: knex.fn.now() });
}

/** Refreshes the heartbeat; re-registers if the row was pruned meanwhile (a long pause). */
export async function heartbeat(knex: Knex, name: string): Promise<void> {
  const n = await knex('core_worker').update({ heartbeat: knex.fn.now() }).where({ name });
  if (Number(n) === 0) await registerWorker(knex, name);
}

export async function deregisterWorker(knex: Knex, name: string): Promise<void> {
  await knex('core_worker').where({ name }).delete();
}

/** Removes rows of workers that died without deregistering (kept an hour so operators can see them). */
export async function pruneWorkers(knex: Knex): Promise<void> {
  await knex('core_worker').where('heartbeat', '<', knex.raw(`now() - interval '1 hour'`)).delete();
}
