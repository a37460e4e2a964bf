/**
 * The generic model viewset: list, retrieve, create (one or many), update, partial update,
 * delete, bulk update, bulk delete and OPTIONS for every resource. Handlers only parse, call an
 * operation and serialize; the operations hold the logic.
 */
import type Router from '@koa/router';
import type Koa from 'koa';
import type { Resource } from './resource.js';
import type { ApiState } from './request-scope.js';
import type { RequestCradle } from '../container/cradle.js';
import { PatchbayError, ValidationError, forbidden, type FieldErrors } from '../errors.js';
import { getObject, listAllObjects, listObjects, parseId } from '../operations/list.js';
import { createObjects, deleteObjects, etagOf, updateObjects } from '../operations/write.js';
import { isPlainObject } from '../serializers/parse.js';
import { optionsMetadata } from './metadata.js';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The request's cradle after the auth gate: anonymous reads only when LOGIN_REQUIRED is off. */
export function gate(ctx: Koa.Context, opts: { anonymous?: boolean } = {}): RequestCradle {
  const c = (ctx.state as ApiState).scope.cradle;
  if (opts.anonymous) return c;
  if (!c.user) {
    if (!SAFE.has(ctx.method) || c.config.loginRequired)
      throw new PatchbayError('PB_AUTH_REQUIRED', 403, { detail: 'Authentication credentials were not provided.' });
  } else if (!SAFE.has(ctx.method) && c.token && !c.token.write_enabled) {
    throw forbidden('This token does not have write permission.');
  }
  return c;
}

function listUrl(ctx: Koa.Context): string {
  return `${ctx.protocol}://${ctx.host}${ctx.path}`;
}

function readBody(ctx: Koa.Context): unknown {
  // A body in another format would be silently dropped by the JSON-only parser; DRF answers 415.
  if (ctx.request.is('json', '+json') === false)
    throw new PatchbayError('PB_API_UNSUPPORTED_MEDIA_TYPE', 415, { detail: `Unsupported media type "${ctx.get('content-type')}" in request.` });
  return (ctx.request as unknown as { body?: unknown }).body;
}

/** Bulk update bodies: a list of objects, each with an integer `id`. */
function bulkItems(body: unknown): { id: number; body: Record<string, unknown> }[] {
  if (!Array.isArray(body) || body.length === 0)
    throw new ValidationError({ non_field_errors: ['Expected a non-empty list of objects, each with an "id".'] });
  const errors: FieldErrors[] = body.map((item): FieldErrors =>
    isPlainObject(item) && (typeof item.id === 'number' || (typeof item.id === 'string' && /^\d+$/.test(item.id))) && Number.isSafeInteger(Number(item.id)) && Number(item.id) > 0
      ? {}
      : { id: ['This field is required (a positive integer).'] },
  );
  if (errors.some((e) => Object.keys(e).length)) throw new ValidationError(errors);
  const items = body.map((item) => ({ id: Number((item as { id: unknown }).id), body: item as Record<string, unknown> }));
  if (new Set(items.map((i) => i.id)).size !== items.length)
    throw new ValidationError({ non_field_errors: ['Each object may appear only once in a bulk request.'] });
  return items;
}

function setEtag(ctx: Koa.Context, json: Record<string, unknown>): void {
  const etag = etagOf(json);
  if (etag) ctx.set('ETag', etag);
}

/** Lets a plugin list parameter (`?export=`) answer a list request instead of the JSON page; true when one did. */
async function respondFromListParameter(ctx: Koa.Context, c: RequestCradle, resource: Resource): Promise<boolean> {
  const params = ctx.URL.searchParams;
  for (const lp of c.registry.listParameters.values()) {
    if (!lp.respond || !(lp.appliesTo?.(resource.model) ?? true) || !lp.params.some((p) => params.has(p))) continue;
    const res = await lp.respond(c, resource, params, { all: (opts) => listAllObjects(c, resource, params, opts?.cap) });
    if (!res) continue;
    ctx.status = res.status ?? 200;
    for (const [name, value] of Object.entries(res.headers ?? {})) ctx.set(name, value);
    ctx.type = res.type;
    ctx.body = res.body;
    return true;
  }
  return false;
}

export function mountResource(router: Router, resource: Resource): void {
  const base = `/api/${resource.prefix}/${resource.slug}/`;
  const detail = `${base}:id/`;
  const writable = !resource.readOnly;
  const readOnly = (ctx: Koa.Context) => {
    throw new PatchbayError('PB_API_METHOD_NOT_ALLOWED', 405, { detail: `Method "${ctx.method}" not allowed.` });
  };

  router.get(base, async (ctx) => {
    const c = gate(ctx);
    if (await respondFromListParameter(ctx, c, resource)) return;
    ctx.body = await listObjects(c, resource, ctx.URL.searchParams, listUrl(ctx));
  });
  router.get(detail, async (ctx) => {
    const c = gate(ctx);
    const { json } = await getObject(c, resource, parseId(ctx.params.id!), ctx.URL.searchParams);
    ctx.body = json;
    if (json.last_updated) setEtag(ctx, json);
  });
  router.options(base, async (ctx) => {
    const c = gate(ctx, { anonymous: true });
    ctx.body = optionsMetadata(resource, false, Boolean(c.user));
  });
  router.options(detail, async (ctx) => {
    const c = gate(ctx, { anonymous: true });
    ctx.body = optionsMetadata(resource, true, Boolean(c.user));
  });
  if (!writable) {
    for (const m of ['post', 'put', 'patch', 'delete'] as const) {
      router[m](base, readOnly);
      router[m](detail, readOnly);
    }
    return;
  }

  router.post(base, async (ctx) => {
    const c = gate(ctx);
    const body = readBody(ctx);
    if (Array.isArray(body)) {
      if (body.length === 0) throw new ValidationError({ non_field_errors: ['Expected a non-empty list of objects.'] });
      ctx.body = await createObjects(c, resource, body);
    } else {
      const [json] = await createObjects(c, resource, [body]);
      ctx.body = json;
      setEtag(ctx, json!);
    }
    ctx.status = 201;
  });
  const bulkUpdate = (partial: boolean) => async (ctx: Koa.Context) => {
    const c = gate(ctx);
    ctx.body = await updateObjects(c, resource, bulkItems(readBody(ctx)), partial);
  };
  router.put(base, bulkUpdate(false));
  router.patch(base, bulkUpdate(true));
  router.delete(base, async (ctx) => {
    const c = gate(ctx);
    const items = bulkItems(readBody(ctx)).map((i) => ({
      id: i.id,
      message: typeof i.body.changelog_message === 'string' ? i.body.changelog_message : undefined,
    }));
    await deleteObjects(c, resource, items);
    ctx.status = 204;
  });

  const update = (partial: boolean) => async (ctx: Koa.Context) => {
    const c = gate(ctx);
    const [json] = await updateObjects(c, resource, [{ id: parseId(ctx.params.id!), body: readBody(ctx) }], partial, {
      ifMatch: ctx.get('if-match') || undefined,
    });
    ctx.body = json;
    setEtag(ctx, json!);
  };
  router.put(detail, update(false));
  router.patch(detail, update(true));
  router.delete(detail, async (ctx) => {
    const c = gate(ctx);
    const body = readBody(ctx);
    const message = isPlainObject(body) && typeof body.changelog_message === 'string' ? body.changelog_message : undefined;
    await deleteObjects(c, resource, [{ id: parseId(ctx.params.id!), message }], { ifMatch: ctx.get('if-match') || undefined });
    ctx.status = 204;
  });
}
