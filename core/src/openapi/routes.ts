/**
 * `GET /api/schema/`: the generated OpenAPI document, JSON by default, YAML for `?format=yaml`
 * or `Accept: application/yaml`. Public, as NetBox serves it; built once per registry.
 */
import type Router from '@koa/router';
import type Koa from 'koa';
import { stringify } from 'yaml';
import type { RootContainer } from '../container/cradle.js';
import type { Registry } from '../registry/registry.js';
import { ValidationError } from '../errors.js';
import { buildOpenApiDocument } from './build-document.js';
import type { JsonSchema } from './field-schemas.js';

interface Rendered {
  document: JsonSchema;
  json?: string;
  yaml?: string;
}

/** The registry is frozen at boot, so its document never changes for the life of the process. */
const cache = new WeakMap<Registry, Rendered>();

/** The document of a registry, built on first use and kept. */
export function openApiDocument(registry: Registry): JsonSchema {
  let hit = cache.get(registry);
  if (!hit) cache.set(registry, (hit = { document: buildOpenApiDocument(registry) }));
  return hit.document;
}

function rendered(registry: Registry): Rendered {
  openApiDocument(registry);
  return cache.get(registry)!;
}

const JSON_FORMATS = new Set(['json', 'openapi-json']);
const YAML_FORMATS = new Set(['yaml', 'openapi']);
const YAML_TYPES = ['application/yaml', 'application/x-yaml', 'text/yaml', 'application/vnd.oai.openapi'];

/** `?format=` wins (drf-spectacular's names accepted too); otherwise the Accept header decides. */
function wantsYaml(ctx: Koa.Context): boolean {
  const format = ctx.URL.searchParams.get('format');
  if (format !== null) {
    if (YAML_FORMATS.has(format)) return true;
    if (JSON_FORMATS.has(format)) return false;
    throw new ValidationError({ format: [`Unknown format "${format}"; use json or yaml.`] });
  }
  if (!ctx.get('accept')) return false;
  const best = ctx.accepts(['application/json', 'application/vnd.oai.openapi+json', ...YAML_TYPES]);
  return typeof best === 'string' && YAML_TYPES.includes(best);
}

/** Mounts `/api/schema/` (no auth gate: the document holds no data). */
export function mountSchemaRoute(router: Router, container: RootContainer): void {
  const { registry } = container.cradle;
  router.get('/api/schema/', async (ctx) => {
    const r = rendered(registry);
    if (wantsYaml(ctx)) {
      r.yaml ??= stringify(r.document, { aliasDuplicateObjects: false, lineWidth: 0 });
      ctx.type = 'application/yaml; charset=utf-8';
      ctx.body = r.yaml;
    } else {
      r.json ??= JSON.stringify(r.document);
      ctx.type = 'application/json; charset=utf-8';
      ctx.body = r.json;
    }
    ctx.set('Vary', 'Accept');
  });
}
