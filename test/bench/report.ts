/** Formats the benchmark's results as the markdown tables printed at the end (and copied into docs/benchmarks.md). */
import type { HttpResult, RawResult } from './measure.js';
import type { ProfileSummary } from './profile.js';

export interface Row {
  scenario: string;
  latency: HttpResult;
  throughput?: HttpResult;
  raw?: RawResult;
  bytes?: number;
  /** SQL wait per request, by statement kind (c=1 run). */
  sql?: { statement: string; ms: number }[];
}

const f = (n: number, digits = 1) => n.toFixed(digits);

export function resultsTable(rows: Row[]): string {
  const out = [
    '| scenario | requests (c=1 / c=8) | mean ms (c=1) | p99 ms (c=1) | req/s (c=1) | req/s (c=8) | raw SQL + JSON ms | API / raw |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const r of rows) {
    const ratio = r.raw ? `${f(r.latency.meanMs / r.raw.totalMs)}×` : '—';
    out.push(
      `| ${r.scenario} | ${r.latency.requests} / ${r.throughput?.requests ?? '—'} | ${f(r.latency.meanMs)} | ${f(r.latency.p99Ms)} | ${f(r.latency.reqPerSec, 0)} | ${r.throughput ? f(r.throughput.reqPerSec, 0) : '—'} | ${r.raw ? `${f(r.raw.totalMs, 2)} (${f(r.raw.sqlMs, 2)} + ${f(r.raw.stringifyMs, 2)})` : '—'} | ${ratio} |`,
    );
  }
  return out.join('\n');
}

export function sizesTable(rows: Row[]): string {
  const out = ['| scenario | API response bytes | raw JSON bytes |', '|---|---|---|'];
  for (const r of rows) if (r.bytes && r.raw) out.push(`| ${r.scenario} | ${r.bytes.toLocaleString('en')} | ${r.raw.bytes.toLocaleString('en')} |`);
  return out.join('\n');
}

export function profileTables(p: ProfileSummary, requests: number): string {
  const per = (ms: number) => f(ms / requests, 2);
  const lines = [
    `CPU time sampled: ${f(p.totalMs, 0)} ms over ${requests} requests (${per(p.totalMs)} ms per request).`,
    '',
    '| area | ms per request | share |',
    '|---|---|---|',
    ...p.byArea.map((a) => `| ${a.area} | ${per(a.ms)} | ${f(a.share * 100)}% |`),
    '',
    '| function (self time) | ms per request | share |',
    '|---|---|---|',
    ...p.byFunction.map((a) => `| \`${a.fn.replace(/`/g, "'").replace(/\|/g, '\\|')}\` | ${per(a.ms)} | ${f(a.share * 100)}% |`),
  ];
  return lines.join('\n');
}

/** Splits each request's mean latency into SQL waits (by statement) and the rest (JavaScript, HTTP). */
export function breakdownTable(rows: Row[]): string {
  const out = ['| scenario | mean ms | SQL wait ms (by statement) | rest: JS + HTTP ms | raw SQL + JSON ms |', '|---|---|---|---|---|'];
  for (const r of rows) {
    if (!r.sql) continue;
    const sqlMs = r.sql.reduce((a, s) => a + s.ms, 0);
    const parts = r.sql.map((s) => `${s.statement} ${f(s.ms, 2)}`).join('; ');
    out.push(`| ${r.scenario} | ${f(r.latency.meanMs)} | ${f(sqlMs, 1)} (${parts}) | ${f(r.latency.meanMs - sqlMs)} | ${r.raw ? f(r.raw.totalMs, 2) : '—'} |`);
  }
  return out.join('\n');
}
