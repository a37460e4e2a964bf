/** A small HTTP client for tests: real requests over loopback against the app. */
import type { Server } from 'node:http';

export interface TestResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export interface RequestOptions {
  /** Authorization header value; `null` sends none. Default: the client's token. */
  auth?: string | null;
  headers?: Record<string, string>;
  /** Raw body (not JSON-encoded). */
  raw?: string;
}

export class TestClient {
  constructor(
    readonly baseUrl: string,
    readonly auth: string | null,
  ) {}

  /** The same server with other credentials (`Token <key>`, `Bearer nbt_…`, or null). */
  as(auth: string | null): TestClient {
    return new TestClient(this.baseUrl, auth);
  }

  async request<T = any>(method: string, path: string, body?: unknown, opts: RequestOptions = {}): Promise<TestResponse<T>> {
    const headers: Record<string, string> = { accept: 'application/json', ...(opts.headers ?? {}) };
    const auth = opts.auth === undefined ? this.auth : opts.auth;
    if (auth) headers.authorization = auth;
    let payload: string | undefined = opts.raw;
    if (body !== undefined && payload === undefined) {
      payload = JSON.stringify(body);
    }
    if (payload !== undefined) headers['content-type'] ??= 'application/json';
    const res = await fetch(`${this.baseUrl}${path}`, { method, headers, body: payload });
    const text = await res.text();
    let parsed: unknown = text;
    if ((res.headers.get('content-type') ?? '').includes('json') && text) parsed = JSON.parse(text);
    return { status: res.status, body: parsed as T, headers: res.headers };
  }

  get<T = any>(path: string, opts?: RequestOptions) { return this.request<T>('GET', path, undefined, opts); }
  post<T = any>(path: string, body?: unknown, opts?: RequestOptions) { return this.request<T>('POST', path, body, opts); }
  put<T = any>(path: string, body?: unknown, opts?: RequestOptions) { return this.request<T>('PUT', path, body, opts); }
  patch<T = any>(path: string, body?: unknown, opts?: RequestOptions) { return this.request<T>('PATCH', path, body, opts); }
  delete<T = any>(path: string, body?: unknown, opts?: RequestOptions) { return this.request<T>('DELETE', path, body, opts); }
  options<T = any>(path: string, opts?: RequestOptions) { return this.request<T>('OPTIONS', path, undefined, opts); }
}

export async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const addr = server.address();
  if (!addr || typeof addr === 'string') throw new Error('no address');
  return `http://127.0.0.1:${addr.port}`;
}
