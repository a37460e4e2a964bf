/** The API root, per-app roots, plugin roots, `/api/status/` and the seed-era `_choices` endpoints. */
import type Router from '@koa/router';
import os from 'node:os';
import type { Registry } from '../registry/registry.js';
import { gate } from './viewset.js';
import { PATCHBAY_VERSION, API_VERSION } from '../version.js';
import { notFound } from '../errors.js';
import type { Resource } from './resource.js';

const abs = (ctx: { protocol: string; host: string }, path: string) => `${ctx.protocol}://${ctx.host}${path}`;

/** `<model>:<field>` → choices, for the resources under one prefix (NetBox 2.x `_choices`). */
function choicesOf(resources: Resource[]): Record<string, { value: string; label: string }[]> {
  const out: Record<string, { value: string; label: string }[]> = {};
  for (const r of resources) {
    const model = r.model.label.split('.')[1];
    for (const name of r.serializer.fields) {
      const spec = r.serializer.specs[name]!;
      if (spec.kind === 'choice' && spec.choices)
        out[`${model}:${name}`] = spec.choices.choices.map((c) => ({ value: c.value, label: c.label }));
    }
  }
  return out;
}

export function mountRootRoutes(router: Router, registry: Registry): void {
  const apps = registry.apps.values();
  const resourcesUnder = (prefix: string) => registry.resources.values().filter((r) => r.prefix === prefix);

  router.get('/api/', async (ctx) => {
    gate(ctx);
    const body: Record<string, string> = {};
    const tops = [...new Set([...apps.filter((a) => !a.prefix.startsWith('plugins/')).map((a) => a.prefix), 'plugins', 'status'])].sort();
    for (const t of tops) body[t] = abs(ctx, `/api/${t}/`);
    ctx.body = body;
  });

  router.get('/api/plugins/', async (ctx) => {
    gate(ctx);
    const body: Record<string, string> = { 'installed-plugins': abs(ctx, '/api/plugins/installed-plugins/') };
    for (const a of apps.filter((x) => x.prefix.startsWith('plugins/')).sort((x, y) => x.prefix.localeCompare(y.prefix)))
      body[a.prefix.slice('plugins/'.length)] = abs(ctx, `/api/${a.prefix}/`);
    ctx.body = body;
  });

  router.get('/api/plugins/installed-plugins/', async (ctx) => {
    gate(ctx);
    ctx.body = registry.plugins.values()
      .filter((p) => !p.builtin)
      .map((p) => ({
        name: p.definition.name,
        package: p.definition.name,
        author: p.definition.author ?? '',
        author_email: '',
        description: p.definition.description ?? '',
        version: p.definition.version,
      }));
  });

  router.get('/api/status/', async (ctx) => {
    const c = gate(ctx);
    const [{ version }] = (await c.knex.raw('select version() as version')).rows as [{ version: string }];
    const workers = await c.knex('core_worker').count({ n: '*' }).where('heartbeat', '>', c.knex.raw(`now() - interval '1 minute'`));
    ctx.body = {
      'patchbay-version': PATCHBAY_VERSION,
      'netbox-version': API_VERSION,
      'netbox-full-version': `${API_VERSION} (Patchbay ${PATCHBAY_VERSION})`,
      'node-version': process.version,
      'postgresql-version': version,
      database: c.config.databaseUrl ? 'postgresql' : 'embedded (PGlite)',
      hostname: os.hostname(),
      'installed-apps': Object.fromEntries(registry.plugins.values().filter((p) => p.builtin).map((p) => [p.definition.name, p.definition.version])),
      plugins: Object.fromEntries(registry.plugins.values().map((p) => [p.definition.name, p.definition.version])),
      'workers-running': Number((workers[0] as { n: unknown }).n),
      // NetBox's own key for the same number; clients that check for workers read it.
      'rq-workers-running': Number((workers[0] as { n: unknown }).n),
    };
  });

  for (const app of apps) {
    const prefix = app.prefix;
    router.get(`/api/${prefix}/`, async (ctx) => {
      gate(ctx);
      const body: Record<string, string> = {};
      for (const r of resourcesUnder(prefix).sort((a, b) => a.slug.localeCompare(b.slug))) body[r.slug] = abs(ctx, `/api/${prefix}/${r.slug}/`);
      ctx.body = body;
    });
    router.get(`/api/${prefix}/_choices/`, async (ctx) => {
      gate(ctx);
      ctx.body = choicesOf(resourcesUnder(prefix));
    });
    router.get(`/api/${prefix}/_choices/:key/`, async (ctx) => {
      gate(ctx);
      const all = choicesOf(resourcesUnder(prefix));
      const hit = all[ctx.params.key!];
      if (!hit) throw notFound();
      ctx.body = hit;
    });
  }
}
