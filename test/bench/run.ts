/**
 * `pnpm bench`: the API against raw SQL on PostgreSQL with 100,000 ACL rules.
 *
 * Boots Patchbay with the example ACL plugin on a scratch database (`patchbay_bench_<pid>` on
 * DATABASE_URL's server, dropped at the end), seeds ~1,000 access lists × 100 rules in SQL,
 * serves on 127.0.0.1:<ephemeral> and drives it in-process with autocannon: list pages of 50 and
 * 1,000 rules (full and ?brief=1) and single creates. Each list page is compared with the raw
 * SELECT … ORDER BY … LIMIT of the same rows plus JSON.stringify; queries per page are counted
 * to show they do not grow with the page size. `--profile` (or a 1,000-row page slower than 3×
 * raw) samples the CPU and prints where the time goes. `--quick` runs a tenth of the requests.
 */
import os from 'node:os';
import { aclPlugin } from '@patchbay/example-plugin-acl';
import { QueryCounter } from '../../core/src/db/query-counter.js';
import { runBench, startBenchServer } from './bench-server.js';
import { seedAcls } from './seed.js';
import { runHttp, timeRaw, type HttpScenario } from './measure.js';
import { profile } from './profile.js';
import { breakdownTable, profileTables, resultsTable, sizesTable, type Row } from './report.js';
import { SqlTimer } from './sql-timer.js';

const SERVER_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const LISTS = Number(process.env.BENCH_LISTS ?? 1000);
const RULES_PER_LIST = Number(process.env.BENCH_RULES_PER_LIST ?? 100);
const SCALE = process.argv.includes('--quick') ? 0.1 : 1;
const PROFILE = process.argv.includes('--profile');
const RULES = '/api/plugins/acl/access-list-rules/';
const TABLE = 'netbox_acls_accesslistrule';
const ORDER = 'ORDER BY access_list_id ASC, index ASC, id ASC';
const BRIEF_COLUMNS = 'id, index, action, description';

const n = (x: number) => Math.max(8, Math.round(x * SCALE));
const log = (msg: string) => process.stderr.write(`[bench] ${msg}\n`);

async function main(): Promise<void> {
  const started = Date.now();
  const bench = await startBenchServer(SERVER_URL, [aclPlugin]);
  const { pb, baseUrl, auth } = bench;
  try {
    log(`scratch database ${bench.databaseName}`);

    let t = Date.now();
    const ruleCount = await seedAcls(pb.knex, LISTS, RULES_PER_LIST);
    const seedSeconds = (Date.now() - t) / 1000;
    log(`seeded ${LISTS} access lists and ${ruleCount} rules in ${seedSeconds.toFixed(1)} s`);

    const get = async (path: string) => {
      const res = await fetch(`${baseUrl}${path}`, { headers: { authorization: auth, accept: 'application/json' } });
      const text = await res.text();
      if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${text.slice(0, 300)}`);
      return { body: JSON.parse(text), bytes: Buffer.byteLength(text) };
    };
    const first = await get(`${RULES}?limit=1`);
    if (first.body.count !== ruleCount) throw new Error(`the API counts ${first.body.count} rules, the table ${ruleCount}`);

    // Queries per list request: the same for 50 and 1,000 rows (one count, one page, one per related table).
    const counter = new QueryCounter(pb.knex);
    const queries: Record<string, { total: number; statements: readonly string[] }> = {};
    for (const q of ['?limit=50', '?limit=1000', '?limit=50&brief=1', '?limit=1000&brief=1']) {
      counter.reset();
      await get(`${RULES}${q}`);
      queries[q] = { total: counter.total, statements: [...counter.statements] };
    }
    counter.stop();

    const pages: { scenario: string; query: string; raw: string; c1: number; c8: number }[] = [
      { scenario: 'list, limit=50', query: '?limit=50', raw: `SELECT * FROM ${TABLE} ${ORDER} LIMIT 50`, c1: 500, c8: 1000 },
      { scenario: 'list, limit=50, brief', query: '?limit=50&brief=1', raw: `SELECT ${BRIEF_COLUMNS} FROM ${TABLE} ${ORDER} LIMIT 50`, c1: 500, c8: 1000 },
      { scenario: 'list, limit=1000', query: '?limit=1000', raw: `SELECT * FROM ${TABLE} ${ORDER} LIMIT 1000`, c1: 100, c8: 200 },
      { scenario: 'list, limit=1000, brief', query: '?limit=1000&brief=1', raw: `SELECT ${BRIEF_COLUMNS} FROM ${TABLE} ${ORDER} LIMIT 1000`, c1: 100, c8: 200 },
      // Cursor pagination (NetBox 4.6 ?start=): no count, id order — isolates rendering from the count and the sort.
      { scenario: 'list, limit=1000, cursor (?start=)', query: '?start=1&limit=1000', raw: `SELECT * FROM ${TABLE} WHERE id >= 1 ORDER BY id LIMIT 1000`, c1: 100, c8: 200 },
    ];
    const rows: Row[] = [];
    for (const p of pages) {
      const path = `${RULES}${p.query}`;
      await runHttp(baseUrl, auth, { path, amount: n(p.c1 / 10), connections: 1 }); // warm-up
      const timer = new SqlTimer(pb.knex);
      const latency = await runHttp(baseUrl, auth, { path, amount: n(p.c1), connections: 1 });
      timer.stop();
      const throughput = await runHttp(baseUrl, auth, { path, amount: n(p.c8), connections: 8 });
      const raw = await timeRaw(pb.knex, p.raw, n(p.c1));
      const { bytes } = await get(path);
      const sql = [...timer.totals].map(([statement, v]) => ({ statement, ms: v.ms / latency.requests }));
      rows.push({ scenario: p.scenario, latency, throughput, raw, bytes, sql });
      log(`${p.scenario}: ${latency.meanMs.toFixed(1)} ms/request vs raw ${raw.totalMs.toFixed(2)} ms`);
      if (latency.failures || throughput.failures) throw new Error(`${p.scenario}: ${latency.failures + throughput.failures} failed requests`);
    }

    const listIds = (await pb.knex('netbox_acls_accesslist').select('id').orderBy('id')).map((r) => Number(r.id));
    let seq = 0;
    const create: HttpScenario = {
      path: RULES, method: 'POST', amount: 0, connections: 1,
      body: () => {
        seq += 1;
        return { access_list: listIds[seq % listIds.length], index: 1_000_000 + seq, action: 'permit', protocol: 'tcp', source_prefix: '172.16.0.0/12', destination_ports: [443] };
      },
    };
    await runHttp(baseUrl, auth, { ...create, amount: n(50) });
    const postLatency = await runHttp(baseUrl, auth, { ...create, amount: n(500) });
    const postThroughput = await runHttp(baseUrl, auth, { ...create, amount: n(1000), connections: 8 });
    if (postLatency.failures || postThroughput.failures) throw new Error(`create: ${postLatency.failures + postThroughput.failures} failed requests`);
    rows.push({ scenario: 'create one rule (POST)', latency: postLatency, throughput: postThroughput });
    log(`create: ${postLatency.meanMs.toFixed(1)} ms/request`);

    // The page query exactly as the API sends it, timed raw: shows what its ORDER BY costs.
    const apiPageSql = queries['?limit=1000']!.statements.find((q) => /^select "t"\.\*/.test(q))!;
    const apiPage = await timeRaw(pb.knex, apiPageSql.replace('$1', '1000'), n(100));

    const big = rows.find((r) => r.scenario === 'list, limit=1000')!;
    const ratio = big.latency.meanMs / big.raw!.totalMs;
    let profileText = '';
    if (PROFILE || ratio > 3) {
      const requests = n(60);
      log(`profiling ${requests} requests of ${RULES}?limit=1000 (API/raw = ${ratio.toFixed(1)}×)`);
      const summary = await profile(async () => {
        await runHttp(baseUrl, auth, { path: `${RULES}?limit=1000`, amount: requests, connections: 1 });
      });
      profileText = profileTables(summary, requests);
    }

    const out = [
      `## Results (${new Date().toISOString().slice(0, 10)}, Node ${process.version}, PostgreSQL ${(await pb.knex.raw('show server_version')).rows[0].server_version})`,
      '',
      `${ruleCount.toLocaleString('en')} rules in ${LISTS.toLocaleString('en')} access lists, seeded in ${seedSeconds.toFixed(1)} s. ` +
        `Machine: ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB; load average at the end ${os.loadavg().map((l) => l.toFixed(1)).join(' / ')}.`,
      '',
      resultsTable(rows),
      '',
      sizesTable(rows),
      '',
      '### Where a request waits (c=1, per request)',
      '',
      breakdownTable(rows),
      '',
      `The API's own page statement for \`?limit=1000\`, run raw: ${apiPage.sqlMs.toFixed(2)} ms ` +
        `(the same rows with a plain \`${ORDER}\`: ${big.raw!.sqlMs.toFixed(2)} ms).`,
      '',
      '### Queries per list request',
      '',
      '| request | queries |',
      '|---|---|',
      ...Object.entries(queries).map(([q, v]) => `| \`${RULES}${q}\` | ${v.total} |`),
      '',
      'Statements for `?limit=1000`:',
      '',
      ...queries['?limit=1000']!.statements.map((s) => `- \`${s.replace(/\s+/g, ' ').slice(0, 160)}\``),
      '',
      `Target: the 1,000-row page within 3× raw SQL + JSON — measured ${ratio.toFixed(1)}× (${ratio <= 3 ? 'met' : 'not met'}).`,
      ...(profileText ? ['', '### Where the time goes (`?limit=1000`, CPU profile)', '', profileText] : []),
      '',
      `Total run time: ${((Date.now() - started) / 1000).toFixed(0)} s.`,
    ];
    process.stdout.write(`${out.join('\n')}\n`);
  } finally {
    await bench.close();
  }
}

runBench('bench', main);
