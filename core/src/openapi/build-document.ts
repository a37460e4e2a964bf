/**
 * buildOpenApiDocument: the OpenAPI 3.1 description of the running API, generated from the
 * frozen registry (resources, serializers, filter sets, plugin routes, field providers) — never
 * hand-written, so a plugin's endpoints are documented the moment it is enabled.
 */
import type { Registry } from '../registry/registry.js';
import { API_VERSION, PATCHBAY_VERSION } from '../version.js';
import type { JsonSchema } from './field-schemas.js';
import { SchemaNames } from './names.js';
import { ComponentSchemas } from './schemas.js';
import { resourcePaths, routeOperation, type PathItem } from './paths.js';

/** The security schemes NetBox accepts: v1 `Token <key>` and v2 `Bearer nbt_<key>.<token>`. */
const SECURITY_SCHEMES = {
  Token: {
    type: 'apiKey',
    in: 'header',
    name: 'Authorization',
    description: 'A v1 token: send the header `Authorization: Token <40-character key>` (enter the whole value, prefix included).',
  },
  Bearer: {
    type: 'http',
    scheme: 'bearer',
    description: 'A v2 token: `Authorization: Bearer nbt_<key>.<token>`.',
  },
};

function sortKeys<T>(obj: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(obj).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The whole document; deterministic for a given registry (paths and components sorted). */
export function buildOpenApiDocument(registry: Registry): JsonSchema {
  const components = new ComponentSchemas(registry, new SchemaNames(registry));
  const paths: Record<string, PathItem> = {};
  for (const resource of registry.resources.values()) {
    const names = components.addModel(resource.serializer, !resource.readOnly);
    Object.assign(paths, resourcePaths(resource, names, registry.listParameters.values()));
  }
  // Plugin routes are mounted before resources, so on a clash the route is what answers.
  for (const route of registry.routes.values()) {
    if (route.root) continue;
    const { path, method, operation } = routeOperation(route);
    paths[path] = { ...(paths[path] ?? {}), [method]: operation };
  }
  const tags = [...new Set([...registry.resources.values().map((r) => r.prefix), ...registry.routes.values().map((r) => r.prefix)])]
    .sort()
    .map((name) => {
      const plugin = registry.plugins.values().find((p) => p.apiPrefix === name);
      return plugin?.definition.description ? { name, description: plugin.definition.description } : { name };
    });

  return {
    openapi: '3.1.0',
    info: {
      title: 'Patchbay REST API',
      version: PATCHBAY_VERSION,
      description: `A NetBox ${API_VERSION}-compatible REST API.`,
    },
    tags,
    security: [{ Token: [] }, { Bearer: [] }],
    paths: sortKeys(paths),
    components: { schemas: sortKeys(components.schemas), securitySchemes: SECURITY_SCHEMES },
  };
}
