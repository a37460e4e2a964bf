/** What each generated API test receives: the app (restored to its post-setup snapshot), its fixtures, the resource under test and helpers. */
import { expect } from 'vitest';
import type { PluginDefinition } from '../plugin/define-plugin.js';
import type { PatchbayConfigInput } from '../config/schema.js';
import type { Resource } from '../api/resource.js';
import { featuresOf } from '../models/base-model.js';
import type { TestApp } from './create-test-app.js';
import type { TestResponse } from './http-client.js';

export type Body = Record<string, unknown>;

/** A value given directly, or computed from the fixtures `setup` returned (ids are known only then). */
export type FromFixtures<T, F> = T | ((fixtures: F) => T);

/** The declaration of a resource's contract tests (NetBox's APIViewTestCases attributes). */
export interface ApiViewSetOptions<F = unknown> {
  /** Title of the generated describe block; default `path`. */
  name?: string;
  plugins: readonly PluginDefinition[];
  config?: PatchbayConfigInput;
  /** The list URL, e.g. `/api/plugins/acl/access-lists/`. */
  path: string;
  /** The model label, e.g. `acl.accesslist`. */
  model: string;
  /** Keys of a full object in the order the API must show them; default: the serializer's. */
  fields?: readonly string[];
  /** Exact keys of the brief form, in order. */
  briefFields: readonly string[];
  /** Creates at least three objects (related to at least three distinct objects) and returns fixtures. */
  setup?: (app: TestApp) => Promise<F>;
  /** Three valid bodies of new objects (they must not collide with the fixtures or each other). */
  createData: FromFixtures<Body[], F>;
  /** A partial body applied with PATCH (and, merged over createData[0], with PUT). */
  updateData: FromFixtures<Body, F>;
  /** A partial body applied to three objects at once. */
  bulkUpdateData: FromFixtures<Body, F>;
  /** A body that fails validation, used to prove bulk create is all-or-nothing; default `{}`. */
  invalidData?: FromFixtures<Body, F>;
  /** Query string → expected count, e.g. `{ 'type=standard': 1, 'name__ic=web': 2 }`. */
  filters?: FromFixtures<Record<string, number>, F>;
  /** Keys that are written but never shown (e.g. a password). */
  writeOnlyFields?: readonly string[];
  /** The query baseline key of the list view; default `<model>:list`. */
  queryCountKey?: string;
}

/** One generated test's state (the database restored before each test, as NetBox rolls back each test). */
export interface ViewSetRun<F> {
  readonly opts: ApiViewSetOptions<F>;
  readonly app: TestApp;
  readonly fixtures: F;
  readonly resource: Resource;
  /** Ids of the objects `setup` created, ascending. */
  readonly ids: number[];
  /** The expected keys of a full object. */
  readonly fields: readonly string[];
  /** Whether writes of this model leave change records (NetBox checks them only for ChangeLoggingMixin models). */
  readonly changeLogged: boolean;
  resolve<T>(value: FromFixtures<T, F>): T;
  detail(id: number): string;
  /** How many objects the list shows the superuser. */
  count(query?: string): Promise<number>;
  /** Change records of this model, newest first, optionally narrowed (`request_id=…`). */
  changes(query?: string): Promise<Record<string, any>[]>;
  /** For a model without change logging: asserts the request wrote no change record at all. */
  expectUnlogged(res: TestResponse): Promise<void>;
}

/** Fails with the response body in the message, so a wrong status explains itself. */
export function expectStatus(res: TestResponse, status: number, what: string): void {
  expect(res.status, `${what}: ${JSON.stringify(res.body)}`).toBe(status);
}

/** The registry key of the resource behind a list URL (`/api/plugins/acl/x/` → `plugins/acl/x`). */
export function resourceKey(path: string): string {
  const m = /^\/api\/(.+?)\/?$/.exec(path);
  if (!m || !path.endsWith('/')) throw new Error(`describeApiViewSet: path "${path}" must look like /api/<app>/<endpoint>/`);
  return m[1]!;
}

/** Builds a run once the app is booted and the fixtures exist. */
export async function openRun<F>(opts: ApiViewSetOptions<F>, app: TestApp, fixtures: F): Promise<ViewSetRun<F>> {
  const resource = app.patchbay.registry.resources.require(resourceKey(opts.path));
  if (resource.model.label !== opts.model)
    throw new Error(`describeApiViewSet: ${opts.path} serves ${resource.model.label}, not ${opts.model}`);
  const all = await app.api.get(`${opts.path}?limit=0`);
  expectStatus(all, 200, `GET ${opts.path}`);
  const ids = (all.body.results as { id: number }[]).map((r) => r.id).sort((a, b) => a - b);
  const resolve = <T>(value: FromFixtures<T, F>): T =>
    typeof value === 'function' ? (value as (fx: F) => T)(fixtures) : structuredClone(value);
  return {
    opts, app, fixtures, resource, ids,
    fields: opts.fields ?? resource.serializer.fields,
    changeLogged: featuresOf(resource.model).has('change_logging'),
    resolve,
    detail: (id) => `${opts.path}${id}/`,
    async count(query = '') {
      const res = await app.api.get(`${opts.path}?limit=1${query ? `&${query}` : ''}`);
      expectStatus(res, 200, `GET ${opts.path}?${query}`);
      return res.body.count as number;
    },
    async changes(query = '') {
      const res = await app.api.get(`/api/core/object-changes/?changed_object_type=${opts.model}&limit=0${query ? `&${query}` : ''}`);
      expectStatus(res, 200, 'GET /api/core/object-changes/');
      return res.body.results;
    },
    async expectUnlogged(res) {
      const logged = await app.api.get(`/api/core/object-changes/?request_id=${res.headers.get('x-request-id')}&limit=0`);
      expectStatus(logged, 200, 'GET /api/core/object-changes/');
      expect(logged.body.count, `${opts.model} is not change-logged`).toBe(0);
    },
  };
}
