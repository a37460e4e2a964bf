/**
 * `pnpm bench:dcim`: the DCIM plugin on PostgreSQL — a site of 1,000 devices × 48 interfaces
 * (48,000 interfaces), seeded through the API itself (bulk device creates that instantiate the
 * device type's interface templates), then:
 *   - `GET /api/dcim/interfaces/?limit=1000` (full and brief) against the API's own page statement
 *     run raw + JSON.stringify (the same rows, the same order);
 *   - `GET /api/dcim/devices/?limit=1000`;
 *   - creating one device from a 62-interface type (`POST /api/dcim/devices/`);
 *   - statements per list request at limit=50 and limit=1000.
 * Targets (issue "Tenancy and DCIM plugins"): interface page under 150 ms median and within 3× raw;
 * a 62-interface device create under 100 ms. `--quick` runs a tenth of the requests and devices.
 */
import os from 'node:os';
import { tenancyPlugin } from '@patchbay/plugin-tenancy';
import { dcimPlugin } from '@patchbay/plugin-dcim';
import { QueryCounter } from '../../core/src/db/query-counter.js';
import { runBench, startBenchServer } from './bench-server.js';
import { runHttp, timeRaw, type HttpScenario } from './measure.js';
import { breakdownTable, resultsTable, sizesTable, type Row } from './report.js';
import { SqlTimer } from './sql-timer.js';

const SERVER_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const QUICK = process.argv.includes('--quick');
const SCALE = QUICK ? 0.1 : 1;
const DEVICES = Number(process.env.BENCH_DEVICES ?? (QUICK ? 100 : 1000));
const INTERFACES_PER_DEVICE = Number(process.env.BENCH_INTERFACES_PER_DEVICE ?? 48);
const BIG_TYPE_INTERFACES = 62;
const DEVICES_PER_REQUEST = 50;
const INTERFACES = '/api/dcim/interfaces/';
const DEVICES_PATH = '/api/dcim/devices/';

const n = (x: number) => Math.max(8, Math.round(x * SCALE));
const log = (msg: string) => process.stderr.write(`[bench:dcim] ${msg}\n`);

type Api = (method: string, path: string, body?: unknown) => Promise<any>;

/** A device type with `count` interface templates (a 48-port switch, say). */
async function makeDeviceType(api: Api, manufacturer: number, slug: string, count: number): Promise<number> {
  const type = await api('POST', '/api/dcim/device-types/', { manufacturer, model: slug, slug, u_height: 1 });
  const templates = Array.from({ length: count }, (_, i) => ({
    device_type: type.id, name: `GigabitEthernet1/0/${i + 1}`, type: '1000base-t', description: `port ${i + 1}`,
  }));
  await api('POST', '/api/dcim/interface-templates/', templates);
  return type.id;
}

async function main(): Promise<void> {
  const started = Date.now();
  const bench = await startBenchServer(SERVER_URL, [tenancyPlugin, dcimPlugin]);
  const { pb, baseUrl, auth } = bench;
  try {
    log(`scratch database ${bench.databaseName}`);
    const request = async (method: string, path: string, body?: unknown) => {
      const res = await fetch(`${baseUrl}${path}`, {
        method,
        headers: { authorization: auth, accept: 'application/json', 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${text.slice(0, 300)}`);
      return { body: text ? JSON.parse(text) : null, bytes: Buffer.byteLength(text) };
    };
    const api: Api = async (method, path, body) => (await request(method, path, body)).body;

    // Seed through the API: the templates are instantiated by the same code a client triggers.
    let t = Date.now();
    const site = await api('POST', '/api/dcim/sites/', { name: 'Bench DC', slug: 'bench-dc' });
    const manufacturer = await api('POST', '/api/dcim/manufacturers/', { name: 'Benchco', slug: 'benchco' });
    const role = await api('POST', '/api/dcim/device-roles/', { name: 'Access', slug: 'access', color: '2196f3' });
    const switchType = await makeDeviceType(api, manufacturer.id, `switch-${INTERFACES_PER_DEVICE}`, INTERFACES_PER_DEVICE);
    const bigType = await makeDeviceType(api, manufacturer.id, `switch-${BIG_TYPE_INTERFACES}`, BIG_TYPE_INTERFACES);
    for (let i = 0; i < DEVICES; i += DEVICES_PER_REQUEST) {
      const batch = Array.from({ length: Math.min(DEVICES_PER_REQUEST, DEVICES - i) }, (_, k) => ({
        name: `sw-${String(i + k + 1).padStart(4, '0')}`, device_type: switchType, role: role.id, site: site.id, status: 'active',
      }));
      await api('POST', DEVICES_PATH, batch);
    }
    const seedSeconds = (Date.now() - t) / 1000;
    const interfaceCount = Number((await pb.knex('dcim_interface').count({ n: '*' }))[0]!.n);
    log(`seeded ${DEVICES} devices and ${interfaceCount} interfaces through the API in ${seedSeconds.toFixed(1)} s`);
    const first = await api('GET', `${INTERFACES}?limit=1`);
    if (first.count !== interfaceCount) throw new Error(`the API counts ${first.count} interfaces, the table ${interfaceCount}`);

    // Statements per list request: the same at every page size.
    const counter = new QueryCounter(pb.knex);
    const queries: Record<string, { total: number; statements: readonly string[] }> = {};
    for (const path of [`${INTERFACES}?limit=50`, `${INTERFACES}?limit=1000`, `${INTERFACES}?limit=1000&brief=1`, `${DEVICES_PATH}?limit=50`, `${DEVICES_PATH}?limit=1000`]) {
      counter.reset();
      await request('GET', path);
      queries[path] = { total: counter.total, statements: [...counter.statements] };
    }
    counter.stop();
    const pageStatement = (path: string) => {
      const s = queries[path]!.statements.find((q) => /^select "t"\.\*/.test(q));
      if (!s) throw new Error(`no page statement found for ${path}`);
      return s.replace(/\$1\b/, '1000').replace(/\$2\b/, '0');
    };

    const pages = [
      { scenario: 'interfaces, limit=1000', path: `${INTERFACES}?limit=1000`, raw: pageStatement(`${INTERFACES}?limit=1000`), c1: 100, c8: 100 },
      { scenario: 'interfaces, limit=1000, brief', path: `${INTERFACES}?limit=1000&brief=1`, raw: pageStatement(`${INTERFACES}?limit=1000&brief=1`), c1: 100, c8: 100 },
      { scenario: 'interfaces, limit=50', path: `${INTERFACES}?limit=50`, raw: pageStatement(`${INTERFACES}?limit=50`).replace(/\blimit 1000\b/i, 'limit 50'), c1: 300, c8: 500 },
      { scenario: 'devices, limit=1000', path: `${DEVICES_PATH}?limit=1000`, raw: pageStatement(`${DEVICES_PATH}?limit=1000`), c1: 50, c8: 50 },
    ];
    const rows: Row[] = [];
    for (const p of pages) {
      await runHttp(baseUrl, auth, { path: p.path, amount: n(p.c1 / 10), connections: 1 }); // warm-up
      const timer = new SqlTimer(pb.knex);
      const latency = await runHttp(baseUrl, auth, { path: p.path, amount: n(p.c1), connections: 1 });
      timer.stop();
      const throughput = await runHttp(baseUrl, auth, { path: p.path, amount: n(p.c8), connections: 8 });
      const raw = await timeRaw(pb.knex, p.raw, n(p.c1));
      const { bytes } = await request('GET', p.path);
      const sql = [...timer.totals].map(([statement, v]) => ({ statement, ms: v.ms / latency.requests }));
      rows.push({ scenario: p.scenario, latency, throughput, raw, bytes, sql });
      log(`${p.scenario}: median ${latency.p50Ms} ms, mean ${latency.meanMs.toFixed(1)} ms vs raw ${raw.totalMs.toFixed(2)} ms`);
      if (latency.failures || throughput.failures) throw new Error(`${p.scenario}: ${latency.failures + throughput.failures} failed requests`);
    }

    let seq = 0;
    const create: HttpScenario = {
      path: DEVICES_PATH, method: 'POST', amount: 0, connections: 1,
      body: () => ({ name: `big-${++seq}`, device_type: bigType, role: role.id, site: site.id }),
    };
    await runHttp(baseUrl, auth, { ...create, amount: n(20) });
    const createLatency = await runHttp(baseUrl, auth, { ...create, amount: n(200) });
    if (createLatency.failures) throw new Error(`device create: ${createLatency.failures} failed requests`);
    rows.push({ scenario: `create one device with ${BIG_TYPE_INTERFACES} interfaces (POST)`, latency: createLatency });
    log(`device create: median ${createLatency.p50Ms} ms, mean ${createLatency.meanMs.toFixed(1)} ms`);

    const big = rows[0]!;
    const ratio = big.latency.meanMs / big.raw!.totalMs;
    const made = rows.at(-1)!;
    const pgVersion = (await pb.knex.raw('show server_version')).rows[0].server_version;
    const out = [
      `## Results (${new Date().toISOString().slice(0, 10)}, Node ${process.version}, PostgreSQL ${pgVersion})`,
      '',
      `${DEVICES.toLocaleString('en')} devices × ${INTERFACES_PER_DEVICE} interfaces (${interfaceCount.toLocaleString('en')} interfaces), ` +
        `seeded through the API in ${seedSeconds.toFixed(1)} s (${DEVICES_PER_REQUEST} devices per bulk POST). ` +
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
      '### Queries per list request',
      '',
      '| request | queries |',
      '|---|---|',
      ...Object.entries(queries).map(([q, v]) => `| \`${q}\` | ${v.total} |`),
      '',
      `Statements for \`${INTERFACES}?limit=1000\`:`,
      '',
      ...queries[`${INTERFACES}?limit=1000`]!.statements.map((s) => `- \`${s.replace(/\s+/g, ' ').slice(0, 200)}\``),
      '',
      `Targets: the 1,000-interface page under 150 ms median — measured ${big.latency.p50Ms} ms (${big.latency.p50Ms < 150 ? 'met' : 'not met'}); ` +
        `within 3× raw SQL + JSON — measured ${ratio.toFixed(1)}× (${ratio <= 3 ? 'met' : 'not met'}); ` +
        `a ${BIG_TYPE_INTERFACES}-interface device created under 100 ms — measured ${made.latency.p50Ms} ms median (${made.latency.p50Ms < 100 ? 'met' : 'not met'}).`,
      '',
      `Total run time: ${((Date.now() - started) / 1000).toFixed(0)} s.`,
    ];
    process.stdout.write(`${out.join('\n')}\n`);
  } finally {
    await bench.close();
  }
}

runBench('bench:dcim', main);
