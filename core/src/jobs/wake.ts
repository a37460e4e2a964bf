/**
 * How an idle worker waits: until a NOTIFY on the job channel (PostgreSQL, on a dedicated
 * connection outside the pool), the poll interval, or the stop signal, whichever comes first.
 * PGlite has no second connection to listen on, so it polls.
 */
import type { Knex } from 'knex';
import { isEmbedded } from '../db/create-knex.js';
import { JOB_CHANNEL } from './enqueue-job.js';

/** A one-slot wake-up: a wake() while nobody waits makes the next wait return at once. */
export class Waker {
  private pending = false;
  private release: (() => void) | null = null;

  wake(): void {
    this.pending = true;
    this.release?.();
  }

  /** Resolves on wake(), after `ms`, or when `signal` aborts. */
  wait(ms: number, signal: AbortSignal): Promise<void> {
    if (this.pending || signal.aborted) {
      this.pending = false;
      return Promise.resolve();
    }
    return new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        this.release = null;
        this.pending = false;
        resolve();
      };
      const timer = setTimeout(done, ms);
      signal.addEventListener('abort', done, { once: true });
      this.release = done;
    });
  }
}

interface PgConnection {
  query(sql: string): Promise<unknown>;
  on(event: 'notification', fn: (msg: { channel: string; payload?: string }) => void): void;
  on(event: 'error' | 'end', fn: (err?: Error) => void): void;
  removeAllListeners(): void;
}

interface RawConnections {
  acquireRawConnection(): Promise<PgConnection>;
  destroyRawConnection(conn: PgConnection): Promise<void>;
}

/** A live LISTEN; `lost` turns true when the connection drops (the worker then polls and re-listens). */
export interface JobListener {
  readonly lost: boolean;
  close(): Promise<void>;
}

/**
 * LISTENs for new jobs on PostgreSQL; null on PGlite. `queues` limits wake-ups to the queues
 * served (payload = queue name); undefined = any. The connection is named after `worker`.
 */
export async function listenForJobs(knex: Knex, waker: Waker, queues?: readonly string[], worker?: string): Promise<JobListener | null> {
  if (isEmbedded(knex)) return null;
  // knex's own connection factory keeps the operator's connection settings (TLS, search path…).
  const client = knex.client as unknown as RawConnections;
  const conn = await client.acquireRawConnection();
  let lost = false;
  let closed = false;
  conn.on('notification', (msg) => {
    if (msg.channel === JOB_CHANNEL && (!queues?.length || queues.includes(msg.payload ?? ''))) waker.wake();
  });
  const onLost = () => {
    if (closed) return;
    lost = true;
    waker.wake();
  };
  conn.on('error', onLost);
  conn.on('end', onLost);
  try {
    // Named after the worker so operators (and tests) can tell its connection in pg_stat_activity.
    if (worker) await conn.query(`SET application_name = '${`patchbay worker ${worker}`.slice(0, 63).replace(/'/g, "''")}'`);
    await conn.query(`LISTEN ${JOB_CHANNEL}`);
  } catch (err) {
    closed = true;
    conn.removeAllListeners();
    conn.on('error', () => {});
    await client.destroyRawConnection(conn).catch(() => {});
    throw err;
  }
  return {
    get lost() {
      return lost;
    },
    async close() {
      if (closed) return;
      closed = true;
      conn.removeAllListeners();
      conn.on('error', () => {});
      await client.destroyRawConnection(conn).catch(() => {});
    },
  };
}
