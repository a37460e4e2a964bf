/**
 * `pnpm bench:ipam`: the IPAM plugin on PostgreSQL with 100,000 prefixes and 1,000,000 IP
 * addresses, seeded with `INSERT … SELECT generate_series` (then `_depth`/`_children` made right
 * with the addressing area's own set-based branch refresh), then:
 *   - `GET /api/ipam/prefixes/{id}/available-ips/` (first page, 50) of a /8 whose first 100,000
 *     addresses are used — the worst case: every used address lies before the first free one;
 *   - the same /8 with its 100,000 used addresses spread one in every 160 (free space right away);
 *   - `GET /api/ipam/prefixes/?limit=1000`;
 *   - `GET /api/ipam/prefixes/{id}/available-prefixes/` of a /8 container with 65,536 /24 children;
 *   - `POST …/available-ips/` of one address (advisory lock + create + change log);
 *   - `POST /api/ipam/ip-addresses/` of 10,000 addresses, three times (core's set-based bulk create).
 * The seeding INSERTs also build the per-block usage summary the available-ips search skips full
 * blocks with (its statement-level triggers run once per INSERT).
 * Targets (brief "IPAM allocation"): available-ips first page < 50 ms; prefixes ?limit=1000 <
 * 150 ms; the 10,000-address bulk create < 5 s. `--quick` runs fewer requests (same data).
 */
import os from 'node:os';
import { tenancyPlugin } from '@patchbay/plugin-tenancy';
import { dcimPlugin } from '@patchbay/plugin-dcim';
import { ipamPlugin } from '@patchbay/plugin-ipam';
import { refreshBranch } from '../../plugins/ipam/src/services/prefix-hierarchy.js';
import { runBench, startBenchServer } from './bench-server.js';
import { runHttp, type HttpResult } from './measure.js';
import { QueryCounter } from '../../core/src/db/query-counter.js';

const SERVER_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const QUICK = process.argv.includes('--quick');
const PREFIXES = 100_000;
const IPS = 1_000_000;
const USED_IN_SLASH8 = 100_000;
const BULK = Number(process.env.BENCH_IPAM_BULK ?? 10_000);
/** Bulk creates measured (median reported); 172.16.0.0/12 holds 1,048,576 addresses. */
const BULK_RUNS = QUICK ? 1 : 3;

const log = (msg: string) => process.stderr.write(`[bench:ipam] ${msg}\n`);
const amount = (x: number) => (QUICK ? Math.max(5, Math.round(x / 5)) : x);

async function main(): Promise<void> {
  const started = Date.now();
  const bench = await startBenchServer(SERVER_URL, [tenancyPlugin, dcimPlugin, ipamPlugin]);
  const { pb, baseUrl, auth } = bench;
  const knex = pb.knex;
  try {
    log(`scratch database ${bench.databaseName}`);
    const { api } = bench;

    // Seed in SQL. Prefixes: containers 10.0.0.0/8 and 11.0.0.0/8, the active /8s 12.0.0.0/8
    // (dense) and 13.0.0.0/8 (spread), and /24s from 10.0.0.0 up (65,536 in 10/8, the rest in 11/8).
    let t = Date.now();
    await knex.raw(`INSERT INTO ipam_prefix (prefix, status) VALUES
      ('10.0.0.0/8', 'container'), ('11.0.0.0/8', 'container'), ('12.0.0.0/8', 'active'), ('13.0.0.0/8', 'active')`);
    await knex.raw(
      `INSERT INTO ipam_prefix (prefix, status, description)
       SELECT set_masklen('10.0.0.0'::inet + (i::bigint << 8), 24)::cidr, 'active', 'bench ' || i
       FROM generate_series(0, ?::int - 1) AS i`,
      [PREFIXES - 4],
    );
    // Fresh statistics first, or the planner takes `vrf_id IS NULL` for selective.
    await knex.raw('ANALYZE ipam_prefix');
    await knex.transaction(async (trx) => {
      for (const p of ['10.0.0.0/8', '11.0.0.0/8', '12.0.0.0/8', '13.0.0.0/8']) await refreshBranch(trx, p, null);
    });
    const prefixSeconds = (Date.now() - t) / 1000;
    log(`seeded ${PREFIXES} prefixes (hierarchy included) in ${prefixSeconds.toFixed(1)} s`);

    // IPs: the first 100,000 host addresses of 12/8; 100,000 spread over 13/8 (one in 160);
    // the rest packed into the /24s of 10/8.
    t = Date.now();
    const insertIps = (expr: string, count: number) => knex.raw(
      `INSERT INTO ipam_ipaddress (address, status, dns_name)
       SELECT set_masklen(${expr}, 24), 'active', '' FROM generate_series(1, ?::int) AS i`,
      [count],
    );
    await insertIps(`'12.0.0.0'::inet + i::bigint`, USED_IN_SLASH8);
    await insertIps(`'13.0.0.0'::inet + (i::bigint * 160)`, USED_IN_SLASH8);
    await insertIps(`'10.0.0.0'::inet + ((i - 1) / 250 * 256 + (i - 1) % 250 + 2)::bigint`, IPS - 2 * USED_IN_SLASH8);
    // What autovacuum does soon after a bulk load: statistics, and the visibility map that lets
    // the allocation queries scan the host index without visiting the table.
    await knex.raw('VACUUM ANALYZE ipam_prefix');
    await knex.raw('VACUUM ANALYZE ipam_ipaddress');
    const ipSeconds = (Date.now() - t) / 1000;
    const ipCount = Number((await knex('ipam_ipaddress').count({ n: '*' }))[0]!.n);
    log(`seeded ${ipCount} IP addresses in ${ipSeconds.toFixed(1)} s`);

    const idOf = async (prefix: string) => Number((await knex('ipam_prefix').where('prefix', prefix).first('id')).id);
    const dense = await idOf('12.0.0.0/8');
    const spread = await idOf('13.0.0.0/8');
    const container = await idOf('10.0.0.0/8');
    const firstDense = await api('GET', `/api/ipam/prefixes/${dense}/available-ips/?limit=1`);
    if (firstDense[0].address !== '12.1.134.161/8') throw new Error(`unexpected first free address ${firstDense[0].address}`);
    const listCount = (await api('GET', '/api/ipam/prefixes/?limit=1')).count;
    if (listCount !== PREFIXES) throw new Error(`the API counts ${listCount} prefixes`);

    const scenarios: { name: string; path: string; c1: number; target?: number }[] = [
      { name: `available-ips, first page (50), /8 with its first ${USED_IN_SLASH8.toLocaleString('en')} addresses used`, path: `/api/ipam/prefixes/${dense}/available-ips/`, c1: 100, target: 50 },
      { name: `available-ips, first page (50), /8 with ${USED_IN_SLASH8.toLocaleString('en')} used, spread`, path: `/api/ipam/prefixes/${spread}/available-ips/`, c1: 200, target: 50 },
      { name: 'available-ips, limit=1000, dense /8', path: `/api/ipam/prefixes/${dense}/available-ips/?limit=1000`, c1: 50 },
      { name: 'prefixes, limit=1000', path: '/api/ipam/prefixes/?limit=1000', c1: 50, target: 150 },
      { name: 'prefixes, limit=50', path: '/api/ipam/prefixes/?limit=50', c1: 200 },
      { name: 'available-prefixes, /8 container with 65,536 /24 children', path: `/api/ipam/prefixes/${container}/available-prefixes/`, c1: 20 },
    ];
    const results: { name: string; r: HttpResult; target?: number }[] = [];
    for (const s of scenarios) {
      await runHttp(baseUrl, auth, { path: s.path, amount: amount(Math.max(5, s.c1 / 10)), connections: 1 });
      const r = await runHttp(baseUrl, auth, { path: s.path, amount: amount(s.c1), connections: 1 });
      if (r.failures) throw new Error(`${s.name}: ${r.failures} failed requests`);
      results.push({ name: s.name, r, target: s.target });
      log(`${s.name}: median ${r.p50Ms} ms, mean ${r.meanMs.toFixed(1)} ms`);
    }

    // Allocation of one address at a time (lock, gap search, create, change log).
    const postOne = await runHttp(baseUrl, auth, {
      path: `/api/ipam/prefixes/${dense}/available-ips/`, method: 'POST', amount: amount(100), connections: 1, body: () => ({ description: 'bench' }),
    });
    if (postOne.failures) throw new Error(`POST available-ips: ${postOne.failures} failed requests`);
    results.push({ name: 'POST available-ips (one address, dense /8)', r: postOne });
    log(`POST available-ips: median ${postOne.p50Ms} ms`);

    // Statements per created address in a bulk create (core's set-based path: a fixed number per batch).
    const counter = new QueryCounter(knex);
    await api('POST', '/api/ipam/ip-addresses/', Array.from({ length: 100 }, (_, i) => ({ address: `172.31.0.${i + 1}/32` })));
    const perItem = counter.total / 100;
    counter.stop();

    // Bulk creates of BULK addresses through the generic endpoint (new addresses each time,
    // 172.16.0.0/12 up), BULK_RUNS times: the median is compared with the target.
    const bulkMs: number[] = [];
    for (let run = 0; run < BULK_RUNS; run++) {
      const base = run * BULK;
      const bodies = Array.from({ length: BULK }, (_, k) => {
        const i = base + k;
        return { address: `172.${16 + Math.floor(i / 65536)}.${Math.floor(i / 256) % 256}.${i % 256}/32`, description: 'bulk' };
      });
      t = Date.now();
      const created = await api('POST', '/api/ipam/ip-addresses/', bodies);
      bulkMs.push(Date.now() - t);
      if (created.length !== BULK) throw new Error(`bulk create returned ${created.length} objects`);
    }
    const sortedBulk = [...bulkMs].sort((a, b) => a - b);
    const bulkSeconds = sortedBulk[Math.floor(sortedBulk.length / 2)]! / 1000;
    log(`bulk create of ${BULK}: ${bulkMs.map((ms) => (ms / 1000).toFixed(2)).join(' / ')} s`);

    const pgVersion = (await knex.raw('show server_version')).rows[0].server_version;
    const verdict = (ms: number, target?: number) => (target === undefined ? '' : ms < target ? `< ${target} ms: met` : `< ${target} ms: **not met**`);
    const out = [
      `### Results (${new Date().toISOString().slice(0, 10)}, Node ${process.version}, PostgreSQL ${pgVersion})`,
      '',
      `${PREFIXES.toLocaleString('en')} prefixes and ${ipCount.toLocaleString('en')} IP addresses seeded in SQL in ` +
        `${prefixSeconds.toFixed(1)} s + ${ipSeconds.toFixed(1)} s. Machine: ${os.cpus().length} cores, ` +
        `${Math.round(os.totalmem() / 2 ** 30)} GiB; load average at the end ${os.loadavg().map((l) => l.toFixed(1)).join(' / ')}.`,
      '',
      '| scenario | requests (c=1) | median ms | mean ms | p99 ms | target |',
      '|---|---|---|---|---|---|',
      ...results.map(({ name, r, target }) => `| ${name} | ${r.requests} | ${r.p50Ms} | ${r.meanMs.toFixed(1)} | ${r.p99Ms} | ${verdict(r.p50Ms, target)} |`),
      `| one POST /api/ipam/ip-addresses/ of ${BULK.toLocaleString('en')} addresses | ${BULK_RUNS} | ${(bulkSeconds * 1000).toFixed(0)} | ${(bulkMs.reduce((a, b) => a + b, 0) / BULK_RUNS).toFixed(0)} | ${sortedBulk.at(-1)} (max) | < 5 s: ${bulkSeconds < 5 ? 'met' : '**not met**'} |`,
      '',
      `A bulk create costs ${perItem.toFixed(1)} SQL statements per address (measured on a 100-address POST).`,
      '',
      `Total run time: ${((Date.now() - started) / 1000).toFixed(0)} s.`,
    ];
    process.stdout.write(`${out.join('\n')}\n`);
  } finally {
    await bench.close();
  }
}

runBench('bench:ipam', main);
