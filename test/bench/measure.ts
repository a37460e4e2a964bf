/** The two measurements the benchmark compares: HTTP requests via autocannon, and raw SQL + JSON.stringify. */
import autocannon from 'autocannon';
import type { Patchbay } from '@patchbay/core';

type Knex = Patchbay['knex'];

export interface HttpResult {
  requests: number;
  connections: number;
  reqPerSec: number;
  meanMs: number;
  p50Ms: number;
  p99Ms: number;
  failures: number;
}

export interface HttpScenario {
  path: string;
  method?: 'GET' | 'POST';
  amount: number;
  connections: number;
  /** A fresh body per request (POST). */
  body?: () => unknown;
}

/** Runs a fixed number of requests and summarises latency and throughput; any non-2xx counts as a failure. */
export async function runHttp(baseUrl: string, auth: string, s: HttpScenario): Promise<HttpResult> {
  const headers = { authorization: auth, accept: 'application/json', 'content-type': 'application/json' };
  const result = await autocannon({
    url: baseUrl,
    amount: s.amount,
    connections: s.connections,
    timeout: 60,
    requests: [
      {
        method: s.method ?? 'GET',
        path: s.path,
        headers,
        ...(s.body ? { setupRequest: (req) => ({ ...req, body: JSON.stringify(s.body!()) }) } : {}),
      },
    ],
  });
  return {
    requests: s.amount,
    connections: s.connections,
    reqPerSec: s.amount / result.duration,
    meanMs: result.latency.mean ?? result.latency.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    failures: result.non2xx + result.errors + result.timeouts,
  };
}

export interface RawResult {
  iterations: number;
  sqlMs: number;
  stringifyMs: number;
  totalMs: number;
  bytes: number;
}

/** Mean time of running `sql` and JSON.stringify-ing its rows, sequentially, after a short warm-up. */
export async function timeRaw(knex: Knex, sql: string, iterations: number): Promise<RawResult> {
  let sqlNs = 0n;
  let strNs = 0n;
  let bytes = 0;
  for (let i = -5; i < iterations; i++) {
    const t0 = process.hrtime.bigint();
    const { rows } = await knex.raw(sql);
    const t1 = process.hrtime.bigint();
    const json = JSON.stringify(rows);
    const t2 = process.hrtime.bigint();
    if (i < 0) continue;
    sqlNs += t1 - t0;
    strNs += t2 - t1;
    bytes = Buffer.byteLength(json);
  }
  const ms = (ns: bigint) => Number(ns) / 1e6 / iterations;
  return { iterations, sqlMs: ms(sqlNs), stringifyMs: ms(strNs), totalMs: ms(sqlNs + strNs), bytes };
}
