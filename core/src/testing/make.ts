/** make: the fixture POST every plugin's tests use — create through the API or fail the test with the answer. */
import { expect } from 'vitest';
import type { TestClient } from './http-client.js';

/** POSTs and insists on 201, returning the created object(s). */
export async function make(client: TestClient, path: string, body: unknown): Promise<any> {
  const res = await client.post(path, body);
  expect(res.status, `POST ${path} ${JSON.stringify(body)} → ${JSON.stringify(res.body)}`).toBe(201);
  return res.body;
}
