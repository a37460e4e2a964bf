/**
 * Path items: the list and detail operations of every resource, exactly the methods viewset.ts
 * mounts for it (read-only resources: GET only), and the plugins' custom routes.
 */
import type { Resource } from '../api/resource.js';
import type { PluginRoute } from '../registry/registry.js';
import type { ListParameter } from '../plugin/extension-points.js';
import type { JsonSchema } from './field-schemas.js';
import { ref, operationStem } from './names.js';
import type { ModelSchemaNames } from './schemas.js';
import { controlParameters, ID_PARAMETER, listParameters, type Parameter } from './parameters.js';

export type PathItem = Record<string, unknown>;

const json = (schema: JsonSchema) => ({ content: { 'application/json': { schema } } });
const ok = (schema: JsonSchema, description = 'OK') => ({ description, ...json(schema) });
const NO_CONTENT = { '204': { description: 'Deleted.' } };
const arrayOf = (schema: JsonSchema): JsonSchema => ({ type: 'array', items: schema });

/** A bulk delete item: only the id (and an optional change log message) is read. */
const BULK_DELETE_ITEM: JsonSchema = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'integer' }, changelog_message: { type: 'string' } },
};

/** `/api/<prefix>/<slug>/` and `/api/<prefix>/<slug>/{id}/` for one resource. */
export function resourcePaths(resource: Resource, names: ModelSchemaNames, pluginParams: readonly ListParameter[] = []): Record<string, PathItem> {
  const stem = operationStem(resource.prefix, resource.slug);
  const one = resource.model.verboseName ?? resource.slug;
  const many = resource.model.verboseNamePlural ?? resource.slug;
  const tags = [resource.prefix];
  const op = (suffix: string, description: string, extra: JsonSchema) => ({ operationId: `${stem}_${suffix}`, description, tags, ...extra });
  const body = (schema: JsonSchema) => ({ required: true, ...json(schema) });

  const list: PathItem = {
    get: op('list', `Get a list of ${one} objects.`, { parameters: listParameters(resource, pluginParams), responses: { '200': ok(ref(names.paginated)) } }),
  };
  const detail: PathItem = {
    parameters: [ID_PARAMETER],
    get: op('retrieve', `Get a ${one} object.`, { parameters: controlParameters(resource, false), responses: { '200': ok(ref(names.full)) } }),
  };
  if (!resource.readOnly) {
    list.post = op('create', `Post a ${one} object, or a list of ${many}.`, {
      requestBody: body({ oneOf: [ref(names.writable), arrayOf(ref(names.writable))] }),
      responses: { '201': ok({ oneOf: [ref(names.full), arrayOf(ref(names.full))] }, 'Created.') },
    });
    list.put = op('bulk_update', `Put a list of ${many}.`, { requestBody: body(arrayOf(ref(names.bulk))), responses: { '200': ok(arrayOf(ref(names.full))) } });
    list.patch = op('bulk_partial_update', `Patch a list of ${many}.`, {
      requestBody: body(arrayOf({ allOf: [ref(names.patched), { type: 'object', required: ['id'], properties: { id: { type: 'integer' } } }] })),
      responses: { '200': ok(arrayOf(ref(names.full))) },
    });
    list.delete = op('bulk_destroy', `Delete a list of ${many}.`, { requestBody: body(arrayOf(BULK_DELETE_ITEM)), responses: NO_CONTENT });
    detail.put = op('update', `Put a ${one} object.`, { requestBody: body(ref(names.writable)), responses: { '200': ok(ref(names.full)) } });
    detail.patch = op('partial_update', `Patch a ${one} object.`, { requestBody: body(ref(names.patched)), responses: { '200': ok(ref(names.full)) } });
    detail.delete = op('destroy', `Delete a ${one} object.`, { responses: NO_CONTENT });
  }
  const base = `/api/${resource.prefix}/${resource.slug}/`;
  return { [base]: list, [`${base}{id}/`]: detail };
}

/** A custom route's path in OpenAPI form (`:id` → `{id}`) and its path parameters. */
function routePath(route: PluginRoute): { path: string; params: Parameter[] } {
  const raw = `/api/${route.prefix}${route.path.startsWith('/') ? route.path : `/${route.path}`}`;
  const params: Parameter[] = [];
  const path = raw.replace(/:(\w+)/g, (_m, name: string) => {
    const numeric = name === 'id' || name === 'pk' || name.endsWith('_id');
    params.push({ name, in: 'path', required: true, schema: numeric ? { type: 'integer' } : { type: 'string' } });
    return `{${name}}`;
  });
  return { path, params };
}

/** One plugin route as an operation; body and response as the route declares them (`schema`), else free-form. */
export function routeOperation(route: PluginRoute): { path: string; method: string; operation: JsonSchema } {
  const { path, params } = routePath(route);
  const method = route.method.toLowerCase();
  const notes: string[] = [];
  if (route.permission) notes.push(`Requires the \`${route.permission.action}\` permission on \`${route.permission.model}\`.`);
  const operation: JsonSchema = {
    operationId: route.operationId ?? `${path.replace(/^\/api\//, '').replace(/[^A-Za-z0-9]+/g, '_').replace(/^_|_$/g, '')}_${method}`,
    tags: [route.prefix],
    responses: { [String(route.schema?.status ?? 200)]: ok(route.schema?.response ?? {}) },
  };
  if (route.summary) operation.summary = route.summary;
  if (notes.length) operation.description = notes.join(' ');
  if (params.length) operation.parameters = params;
  if (['post', 'put', 'patch'].includes(method))
    operation.requestBody = route.schema?.request ? { required: true, ...json(route.schema.request) } : { required: false, ...json({}) };
  // Anonymous routes accept a request with no credentials as well as one with them.
  if (route.anonymous) operation.security = [{}, { Token: [] }, { Bearer: [] }];
  return { path, method, operation };
}
