/** Custom endpoints a plugin adds beside its resources (e.g. `available-ips`). */
import type { RequestScope } from '../container/cradle.js';

export interface RouteRequest {
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  headers: Record<string, string | string[] | undefined>;
  /** The per-request container: user, requestId, db, operations… */
  scope: RequestScope;
  baseUrl: string;
}

export interface RouteResponse {
  status?: number;
  body?: unknown;
  type?: string;
}

export interface RouteDefinition {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path below the plugin's API prefix, with `:params` (e.g. `/access-lists/:id/summary/`). */
  readonly path: string;
  /** Model-level permission checked before the handler runs. */
  readonly permission?: { model: string; action: 'view' | 'add' | 'change' | 'delete' };
  /** Let anonymous clients in (e.g. token provisioning). */
  readonly anonymous?: boolean;
  readonly summary?: string;
  /** OpenAPI schemas of the JSON body and of the success response (free-form when absent). */
  readonly schema?: { request?: Record<string, unknown>; response?: Record<string, unknown>; status?: number };
  readonly handler: (req: RouteRequest) => Promise<RouteResponse>;
}

export function defineRoute(def: RouteDefinition): RouteDefinition {
  return Object.freeze({ ...def });
}
