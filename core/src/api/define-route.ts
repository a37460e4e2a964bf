/** Custom endpoints a plugin adds beside its resources (e.g. `available-ips`). */
import type { IncomingMessage } from 'node:http';
import type { RequestScope } from '../container/cradle.js';

export interface RouteRequest {
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  headers: Record<string, string | string[] | undefined>;
  /** The per-request container: user, requestId, db, operations… */
  scope: RequestScope;
  baseUrl: string;
  /** The raw request stream, for bodies the JSON parser leaves alone (multipart uploads). */
  raw?: IncomingMessage;
}

export interface RouteResponse {
  status?: number;
  body?: unknown;
  type?: string;
  /** Extra response headers (e.g. Content-Disposition, Cache-Control). */
  headers?: Record<string, string>;
}

export interface RouteDefinition {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path below the plugin's API prefix, with `:params` (e.g. `/access-lists/:id/summary/`). */
  readonly path: string;
  /**
   * The built-in app the route lives under when it differs from the plugin's own prefix (extras
   * serves `/api/dcim/devices/{id}/render-config/`), as resources' `app`. Built-in app names only.
   */
  readonly app?: string;
  /**
   * Mount `path` at the site root instead of below the API prefix (uploaded media under
   * `/media/…`, as NetBox serves them). Such routes are not part of the OpenAPI document.
   */
  readonly root?: boolean;
  /** Model-level permission checked before the handler runs. */
  readonly permission?: { model: string; action: 'view' | 'add' | 'change' | 'delete' };
  /** Let anonymous clients in (e.g. token provisioning). */
  readonly anonymous?: boolean;
  readonly summary?: string;
  /** The OpenAPI operationId; default derived from the path and method (give NetBox's when the route stands in for a generic operation). */
  readonly operationId?: string;
  /** OpenAPI schemas of the JSON body and of the success response (free-form when absent). */
  readonly schema?: { request?: Record<string, unknown>; response?: Record<string, unknown>; status?: number };
  readonly handler: (req: RouteRequest) => Promise<RouteResponse>;
}

export function defineRoute(def: RouteDefinition): RouteDefinition {
  return Object.freeze({ ...def });
}
