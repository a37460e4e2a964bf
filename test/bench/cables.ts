/**
 * `pnpm bench:cables`: cable paths on PostgreSQL (issue "DCIM connectivity"), seeded through the
 * API on a scratch database:
 *   - one bulk POST of 1,000 cables between two 1,000-interface devices, with every path (2,000)
 *     computed inside that request;
 *   - `GET /api/dcim/interfaces/{id}/trace/` of an 8-hop path (interface → 7 patch panels →
 *     interface, 8 cables), sequential requests;
 *   - a status change on one cable of the 8-hop path: the paths rows rewritten (only the two that
 *     run through it) against the total.
 * Targets: the 8-hop trace under 20 ms; the 1,000-cable POST under 3 s with all paths computed;
 * recomputation touches only affected paths. `--quick` runs a tenth of the trace requests.
 */
import os from 'node:os';
import { tenancyPlugin } from '@patchbay/plugin-tenancy';
import { dcimPlugin } from '@patchbay/plugin-dcim';
import { QueryCounter } from '../../core/src/db/query-counter.js';
import { runBench, startBenchServer } from './bench-server.js';
import { runHttp } from './measure.js';

const SERVER_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const QUICK = process.argv.includes('--quick');
const CABLES = Number(process.env.BENCH_CABLES ?? 1000);
const PANELS = 7;
const TRACES = QUICK ? 50 : 500;
const log = (msg: string) => process.stderr.write(`[bench:cables] ${msg}\n`);

type Api = (method: string, path: string, body?: unknown) => Promise<any>;
const iface = (id: number) => [{ object_type: 'dcim.interface', object_id: id }];

async function main(): Promise<void> {
  const started = Date.now();
  const bench = await startBenchServer(SERVER_URL, [tenancyPlugin, dcimPlugin]);
  const { pb, baseUrl, auth } = bench;
  try {
    const api: Api = async (method, path, body) => {
      const res = await fetch(`${baseUrl}${path}`, {
        method,
        headers: { authorization: auth, accept: 'application/json', 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${text.slice(0, 300)}`);
      return text ? JSON.parse(text) : null;
    };
    const site = await api('POST', '/api/dcim/sites/', { name: 'Bench DC', slug: 'bench-dc' });
    const manufacturer = await api('POST', '/api/dcim/manufacturers/', { name: 'Benchco', slug: 'benchco' });
    const role = await api('POST', '/api/dcim/device-roles/', { name: 'Core', slug: 'core', color: '2196f3' });
    const type = await api('POST', '/api/dcim/device-types/', { manufacturer: manufacturer.id, model: 'Box', slug: 'box' });
    const device = async (name: string) => (await api('POST', '/api/dcim/devices/', { name, device_type: type.id, role: role.id, site: site.id })).id as number;
    const interfaces = async (dev: number, count: number) => {
      const ids: number[] = [];
      for (let i = 0; i < count; i += 500)
        ids.push(...(await api('POST', '/api/dcim/interfaces/', Array.from({ length: Math.min(500, count - i) }, (_, k) => ({
          device: dev, name: `eth${i + k}`, type: '10gbase-x-sfpp',
        })))).map((r: { id: number }) => r.id));
      return ids;
    };
    const [left, right] = [await device('left'), await device('right')];
    const [a, b] = [await interfaces(left, CABLES + 1), await interfaces(right, CABLES + 1)];

    // 1,000 cables in one request, every path computed in it.
    const body = Array.from({ length: CABLES }, (_, i) => ({ a_terminations: iface(a[i]!), b_terminations: iface(b[i]!) }));
    const counter = new QueryCounter(pb.knex);
    let t = performance.now();
    await api('POST', '/api/dcim/cables/', body);
    const bulkMs = performance.now() - t;
    const bulkStatements = counter.total;
    // Statements of the path upkeep (the rest is the cable write itself: parse, checks, terminations, change log).
    const pathStatements = counter.statements.filter((q) => /cablepath|_path_id|"ct"\."cable_id", "ct"\."cable_end"/.test(q)).length;
    counter.stop();
    // BENCH_SHOW_STATEMENTS=1 lists the bulk POST's statements (their first 160 characters).
    if (process.env.BENCH_SHOW_STATEMENTS) for (const q of counter.statements) log(`  ${q.slice(0, 160)}`);
    const complete = Number((await pb.knex('dcim_cablepath').where('is_complete', true).count({ n: '*' }))[0]!.n);
    if (complete !== 2 * CABLES) throw new Error(`expected ${2 * CABLES} complete paths, found ${complete}`);
    log(`bulk POST of ${CABLES} cables: ${bulkMs.toFixed(0)} ms, ${bulkStatements} statements (${pathStatements} for paths), ${complete} paths`);

    // An 8-hop path: interface → 7 patch panels (front0/rear0, 1:1) → interface.
    const hops: number[][] = [];
    for (let p = 0; p < PANELS; p++) {
      const dev = await device(`pp-${p + 1}`);
      const rear = await api('POST', '/api/dcim/rear-ports/', { device: dev, name: 'rear0', type: 'lc', positions: 1 });
      const front = await api('POST', '/api/dcim/front-ports/', { device: dev, name: 'front0', type: 'lc', rear_port: rear.id, rear_port_position: 1 });
      hops.push([front.id, rear.id]);
    }
    const start = a[CABLES]!;
    const end = b[CABLES]!;
    const chain: number[] = [];
    let from: { object_type: string; object_id: number }[] = iface(start);
    for (const [front, rear] of hops) {
      chain.push((await api('POST', '/api/dcim/cables/', { a_terminations: from, b_terminations: [{ object_type: 'dcim.frontport', object_id: front }] })).id);
      from = [{ object_type: 'dcim.rearport', object_id: rear! }];
    }
    chain.push((await api('POST', '/api/dcim/cables/', { a_terminations: from, b_terminations: iface(end) })).id);
    const trace = await api('GET', `/api/dcim/interfaces/${start}/trace/`);
    if (trace.length !== 8 || trace.at(-1)[2][0].id !== end) throw new Error(`unexpected trace: ${JSON.stringify(trace).slice(0, 300)}`);
    const tracePath = `/api/dcim/interfaces/${start}/trace/`;
    const traceCounter = new QueryCounter(pb.knex);
    await api('GET', tracePath);
    const traceStatements = traceCounter.total;
    traceCounter.stop();
    await runHttp(baseUrl, auth, { path: tracePath, amount: Math.max(10, TRACES / 10), connections: 1 });
    const traced = await runHttp(baseUrl, auth, { path: tracePath, amount: TRACES, connections: 1 });
    if (traced.failures) throw new Error(`${traced.failures} failed trace requests`);
    log(`8-hop trace: median ${traced.p50Ms} ms, mean ${traced.meanMs.toFixed(1)} ms, ${traceStatements} statements`);

    // Recompute: a status change on the middle cable of the chain.
    const snapshot = async () => new Map((await pb.knex('dcim_cablepath').select('*')).map((r) => [Number(r.id), JSON.stringify(r)]));
    const before = await snapshot();
    t = performance.now();
    await api('PATCH', `/api/dcim/cables/${chain[4]}/`, { status: 'planned' });
    const patchMs = performance.now() - t;
    const after = await snapshot();
    const changed = [...after].filter(([id, row]) => before.get(id) !== row).length;
    log(`status change: ${changed} of ${after.size} paths rewritten in ${patchMs.toFixed(0)} ms`);

    const pgVersion = (await pb.knex.raw('show server_version')).rows[0].server_version;
    const ok = (cond: boolean) => (cond ? 'met' : 'not met');
    const out = [
      `### Results (${new Date().toISOString().slice(0, 10)}, Node ${process.version}, PostgreSQL ${pgVersion})`,
      '',
      `Machine: ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB; load average at the end ${os.loadavg().map((l) => l.toFixed(1)).join(' / ')}.`,
      '',
      '| target (issue) | measured | |',
      '|---|---|---|',
      `| 8-hop trace (\`GET …/interfaces/{id}/trace/\`) under 20 ms | **${traced.p50Ms} ms** median (mean ${traced.meanMs.toFixed(1)}, p99 ${traced.p99Ms}; ${traceStatements} statements) | ${ok(traced.p50Ms < 20)} |`,
      `| ${CABLES.toLocaleString('en')} cables in one bulk POST under 3 s, paths computed | **${(bulkMs / 1000).toFixed(2)} s** (${bulkStatements.toLocaleString('en')} statements, of which about ${pathStatements.toLocaleString('en')} keep the paths; ${complete.toLocaleString('en')} complete paths) | ${ok(bulkMs < 3000)} |`,
      `| recomputation touches only affected paths | status change on one chain cable: **${changed} of ${after.size.toLocaleString('en')}** path rows rewritten (${patchMs.toFixed(0)} ms) | ${ok(changed === 2)} |`,
      '',
      `Total run time: ${((Date.now() - started) / 1000).toFixed(0)} s.`,
    ];
    process.stdout.write(`${out.join('\n')}\n`);
  } finally {
    await bench.close();
  }
}

runBench('bench:cables', main);
