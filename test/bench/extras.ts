/**
 * `pnpm bench:extras`: the extras plugin's cost on the device list, on PostgreSQL (issue 5's speed
 * line). 1,000 devices are seeded through the API over 4 sites, 4 roles and 3 tags, then
 * `GET /api/dcim/devices/?limit=1000` is measured three ways, interleaved in rounds (the state is
 * switched in SQL between them, so a busy machine slows all three alike):
 *   - baseline: no custom field on devices, no values, no active config context (extras enabled);
 *   - with 10 custom fields set on every device and 20 config contexts scoped to sites, roles and
 *     tags (some with several scopes), plus local context data on a tenth of the devices;
 *   - the same with `?exclude=config_context`.
 * Target: the full list within 1.5× the baseline. `--quick` runs fewer requests and 100 devices.
 */
import os from 'node:os';
import { tenancyPlugin } from '@patchbay/plugin-tenancy';
import { dcimPlugin } from '@patchbay/plugin-dcim';
import { ipamPlugin } from '@patchbay/plugin-ipam';
import { virtualizationPlugin } from '@patchbay/plugin-virtualization';
import { extrasPlugin } from '@patchbay/plugin-extras';
import { QueryCounter } from '../../core/src/db/query-counter.js';
import { runBench, startBenchServer } from './bench-server.js';
import { runHttp, type HttpResult } from './measure.js';
import { resultsTable, type Row } from './report.js';

const SERVER_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const QUICK = process.argv.includes('--quick');
const DEVICES = Number(process.env.BENCH_DEVICES ?? (QUICK ? 100 : 1000));
const REQUESTS = QUICK ? 12 : 48;
/** Scenarios interleave in rounds (REQUESTS / ROUNDS requests each) so machine load hits them alike. */
const ROUNDS = QUICK ? 3 : 8;
const DEVICES_PER_REQUEST = 50;
const DEVICES_PATH = '/api/dcim/devices/';
const LIST = `${DEVICES_PATH}?limit=1000`;

const log = (msg: string) => process.stderr.write(`[bench:extras] ${msg}\n`);

/** The ten custom fields: NetBox types whose values are cheap to generate. */
const CUSTOM_FIELDS = [
  ['asset_owner', 'text'], ['rack_label', 'text'], ['support_contract', 'text'], ['cost_center', 'text'],
  ['power_budget', 'integer'], ['warranty_years', 'integer'], ['monitored', 'boolean'], ['backup_enabled', 'boolean'],
  ['commissioned', 'date'], ['notes_long', 'longtext'],
] as const;

function valueFor(type: string, i: number): unknown {
  switch (type) {
    case 'integer': return i % 97;
    case 'boolean': return i % 2 === 0;
    case 'date': return `2024-0${(i % 9) + 1}-1${i % 10}`;
    case 'longtext': return `Long notes for device ${i}: `.padEnd(200, 'x');
    default: return `value-${i % 13}`;
  }
}

/** One result from several rounds: mean of the rounds' means, median of their medians, worst p99. */
function combine(results: HttpResult[]): HttpResult {
  const sorted = results.map((r) => r.p50Ms).sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return {
    requests: results.reduce((a, r) => a + r.requests, 0),
    connections: 1,
    reqPerSec: results.reduce((a, r) => a + r.reqPerSec, 0) / results.length,
    meanMs: results.reduce((a, r) => a + r.meanMs, 0) / results.length,
    p50Ms: sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2,
    p99Ms: Math.max(...results.map((r) => r.p99Ms)),
    failures: results.reduce((a, r) => a + r.failures, 0),
  };
}

async function main(): Promise<void> {
  const started = Date.now();
  const bench = await startBenchServer(SERVER_URL, [tenancyPlugin, dcimPlugin, ipamPlugin, virtualizationPlugin, extrasPlugin]);
  const { pb, baseUrl, auth } = bench;
  try {
    log(`scratch database ${bench.databaseName}`);
    const { api } = bench;

    // Seed: 4 sites (2 regions), 4 roles, 3 tags, DEVICES devices spread over them.
    let t = Date.now();
    const region = await api('POST', '/api/dcim/regions/', { name: 'EMEA', slug: 'emea' });
    const sub = await api('POST', '/api/dcim/regions/', { name: 'France', slug: 'france', parent: region.id });
    const sites: number[] = [];
    for (let i = 0; i < 4; i++) sites.push((await api('POST', '/api/dcim/sites/', { name: `Site ${i}`, slug: `site-${i}`, region: i < 2 ? sub.id : region.id })).id);
    const roles: number[] = [];
    for (let i = 0; i < 4; i++) roles.push((await api('POST', '/api/dcim/device-roles/', { name: `Role ${i}`, slug: `role-${i}` })).id);
    const tags = ['gold', 'silver', 'bronze'];
    for (const slug of tags) await api('POST', '/api/extras/tags/', { name: slug, slug });
    const manufacturer = await api('POST', '/api/dcim/manufacturers/', { name: 'Benchco', slug: 'benchco' });
    const type = await api('POST', '/api/dcim/device-types/', { manufacturer: manufacturer.id, model: 'Box', slug: 'box' });
    for (let i = 0; i < DEVICES; i += DEVICES_PER_REQUEST) {
      await api('POST', DEVICES_PATH, Array.from({ length: Math.min(DEVICES_PER_REQUEST, DEVICES - i) }, (_, k) => {
        const n = i + k;
        return {
          name: `dev-${String(n).padStart(4, '0')}`, device_type: type.id, role: roles[n % 4], site: sites[(n >> 2) % 4],
          tags: n % 3 === 0 ? [] : [{ slug: tags[n % 3] }],
        };
      }));
    }
    log(`seeded ${DEVICES} devices through the API in ${((Date.now() - t) / 1000).toFixed(1)} s`);

    // 10 custom fields through the API; their values written in one statement (the API path of a
    // value is measured by E2's tests, not here).
    t = Date.now();
    for (const [name, cfType] of CUSTOM_FIELDS) await api('POST', '/api/extras/custom-fields/', { object_types: ['dcim.device'], name, type: cfType });
    const ids: { id: number }[] = await pb.knex('dcim_device').select('id');
    const values = JSON.stringify(ids.map(({ id }) => ({ id, data: Object.fromEntries(CUSTOM_FIELDS.map(([name, cfType]) => [name, valueFor(cfType, Number(id))])) })));
    // 20 config contexts: by site, by role, by tag, by region, some combined, one inactive.
    const scopes: Record<string, unknown>[] = [
      {}, { sites: [sites[0]] }, { sites: [sites[1]] }, { sites: [sites[2], sites[3]] }, { roles: [roles[0]] }, { roles: [roles[1]] },
      { roles: [roles[2], roles[3]] }, { tags: ['gold'] }, { tags: ['silver'] }, { tags: ['gold', 'bronze'] }, { regions: [region.id] },
      { regions: [sub.id] }, { sites: [sites[0]], roles: [roles[0]] }, { sites: [sites[1]], tags: ['silver'] }, { roles: [roles[3]], tags: ['gold'] },
      { regions: [region.id], roles: [roles[1]] }, { sites: [sites[3]] }, { roles: [roles[2]] }, { tags: ['bronze'] }, { is_active: false },
    ];
    for (const [i, scope] of scopes.entries()) {
      await api('POST', '/api/extras/config-contexts/', {
        name: `context-${String(i).padStart(2, '0')}`, weight: 1000 + (i % 5) * 10, ...scope,
        data: { ntp: { servers: [`10.0.${i}.1`, `10.0.${i}.2`], prefer: `10.0.${i}.1` }, [`ctx_${i}`]: { level: i, enabled: true }, syslog: `10.9.${i}.1` },
      });
    }
    log(`defined ${CUSTOM_FIELDS.length} custom fields and ${scopes.length} config contexts in ${((Date.now() - t) / 1000).toFixed(1)} s`);

    // The two states, switched in SQL between rounds so that both are measured under the same
    // machine load (the scenarios interleave): "without" has no custom field assigned to devices,
    // no values, no active context and no local data; "with" has them all.
    const withExtras = async (on: boolean) => {
      await pb.knex('extras_customfield').update({ object_types: on ? ['dcim.device'] : [] });
      if (on) await pb.knex.raw(`UPDATE dcim_device AS d SET custom_field_data = v.data FROM jsonb_to_recordset(?::jsonb) AS v(id bigint, data jsonb) WHERE v.id = d.id`, [values]);
      else await pb.knex('dcim_device').update({ custom_field_data: '{}' });
      await pb.knex('extras_configcontext').update({ is_active: on }).whereNot('name', 'context-19');
      await pb.knex('dcim_device').update({ local_context_data: on ? JSON.stringify({ ntp: { prefer: 'local' }, local: true }) : null }).whereRaw('id % 10 = 0');
    };
    await withExtras(true);
    const sample = await api('GET', `${DEVICES_PATH}?limit=1&ordering=name`);
    if (Object.keys(sample.results[0].custom_fields).length !== CUSTOM_FIELDS.length) throw new Error('custom fields not rendered');
    if (Object.keys(sample.results[0].config_context).length < 3) throw new Error('config context not rendered');

    const scenarios = [
      { scenario: 'baseline: no custom fields, no config contexts', path: LIST, on: false },
      { scenario: '10 custom fields + 20 config contexts', path: LIST, on: true },
      { scenario: '10 custom fields, exclude=config_context', path: `${LIST}&exclude=config_context`, on: true },
    ];
    const counter = new QueryCounter(pb.knex);
    const runs = new Map<string, HttpResult[]>(scenarios.map((s) => [s.scenario, []]));
    const facts = new Map<string, { queries: number; bytes: number }>();
    for (let round = -1; round < ROUNDS; round++) {
      for (const s of scenarios) {
        await withExtras(s.on);
        if (round < 0) {
          counter.reset();
          const body = await api('GET', s.path);
          facts.set(s.scenario, { queries: counter.total, bytes: Buffer.byteLength(JSON.stringify(body)) });
          await runHttp(baseUrl, auth, { path: s.path, amount: 3, connections: 1 }); // warm-up
          continue;
        }
        const result = await runHttp(baseUrl, auth, { path: s.path, amount: REQUESTS / ROUNDS, connections: 1 });
        if (result.failures) throw new Error(`${s.scenario}: ${result.failures} failed requests`);
        runs.get(s.scenario)!.push(result);
      }
    }
    counter.stop();
    const rows: Row[] = scenarios.map((s) => {
      const latency = combine(runs.get(s.scenario)!);
      log(`${s.scenario}: median ${latency.p50Ms} ms, mean ${latency.meanMs.toFixed(1)} ms`);
      return { scenario: s.scenario, latency, bytes: facts.get(s.scenario)!.bytes };
    });
    const queries = Object.fromEntries([...facts].map(([k, v]) => [k, v.queries]));

    const base = rows[0]!.latency.meanMs;
    const full = rows[1]!.latency.meanMs;
    const ratio = full / base;
    const pgVersion = (await pb.knex.raw('show server_version')).rows[0].server_version;
    const out = [
      `## Results (${new Date().toISOString().slice(0, 10)}, Node ${process.version}, PostgreSQL ${pgVersion})`,
      '',
      `${DEVICES.toLocaleString('en')} devices over 4 sites, 4 roles and 3 tags; \`GET ${LIST}\`, ${REQUESTS} requests per scenario at c=1 after a warm-up, in ${ROUNDS} interleaved rounds (the state switched in SQL between scenarios). ` +
        `Machine: ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB; load average at the end ${os.loadavg().map((l) => l.toFixed(1)).join(' / ')}.`,
      '',
      resultsTable(rows),
      '',
      '| scenario | response bytes | queries per request |',
      '|---|---|---|',
      ...rows.map((r) => `| ${r.scenario} | ${r.bytes!.toLocaleString('en')} | ${queries[r.scenario]} |`),
      '',
      `Target: the list with custom fields and config contexts within 1.5× the baseline — measured ${ratio.toFixed(2)}× ` +
        `(${full.toFixed(1)} ms vs ${base.toFixed(1)} ms mean; ${ratio <= 1.5 ? 'met' : 'not met'}).`,
      '',
      `Total run time: ${((Date.now() - started) / 1000).toFixed(0)} s.`,
    ];
    process.stdout.write(`${out.join('\n')}\n`);
  } finally {
    await bench.close();
  }
}

runBench('bench:extras', main);
