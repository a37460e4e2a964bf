/**
 * What every benchmark starts with: a scratch PostgreSQL database, Patchbay booted on it with the
 * given plugins, a superuser token, and the app listening on 127.0.0.1:<ephemeral>. `close()`
 * (also run on SIGINT/SIGTERM) stops the server and drops the database.
 */
import http from 'node:http';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { boot, createSuperuser, parseConfig, type Patchbay, type PluginDefinition } from '@patchbay/core';
import { silentLogger } from '../../core/src/logger.js';
import { createScratchDatabase } from './scratch-database.js';

export interface BenchServer {
  pb: Patchbay;
  baseUrl: string;
  /** The Authorization header value of the bench superuser. */
  auth: string;
  databaseName: string;
  /** A JSON request as the bench superuser; a status of 300 or more throws with the body's start. */
  api(method: string, path: string, body?: unknown): Promise<any>;
  close(): Promise<void>;
}

/** Runs a bench's main function; a failure prints its stack under the bench's name and exits 1. */
export function runBench(name: string, main: () => Promise<void>): void {
  main().catch((err) => {
    process.stderr.write(`[${name}] failed: ${(err as Error)?.stack ?? err}\n`);
    process.exit(1);
  });
}

export async function startBenchServer(serverUrl: string, plugins: PluginDefinition[]): Promise<BenchServer> {
  const scratch = await createScratchDatabase(serverUrl);
  const onSignal = () => void scratch.drop().finally(() => process.exit(130));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  let pb: Patchbay | undefined;
  let server: http.Server | undefined;
  const close = async () => {
    if (server) await new Promise<void>((resolve) => server!.close(() => resolve()));
    await pb?.close();
    await scratch.drop();
  };
  try {
    pb = await boot({
      config: parseConfig({ databaseUrl: scratch.url, secretKey: randomBytes(32).toString('hex'), maxPageSize: 1000 }),
      plugins,
      logger: silentLogger,
    });
    const token = randomBytes(20).toString('hex');
    await createSuperuser(pb.knex, pb.secretKey, { username: 'bench', password: randomBytes(12).toString('hex'), apiToken: token });
    server = http.createServer(pb.app.callback());
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const auth = `Token ${token}`;
    const api = async (method: string, path: string, body?: unknown) => {
      const res = await fetch(`${baseUrl}${path}`, {
        method,
        headers: { authorization: auth, accept: 'application/json', 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${text.slice(0, 300)}`);
      return text ? JSON.parse(text) : null;
    };
    return { pb, baseUrl, auth, databaseName: scratch.name, api, close };
  } catch (err) {
    await close();
    throw err;
  }
}
