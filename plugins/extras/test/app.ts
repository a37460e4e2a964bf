/** What every extras test file boots and the one POST helper they share. */
import { expect } from 'vitest';
import type { TestClient } from '@patchbay/core/testing';
import { tenancyPlugin } from '@patchbay/plugin-tenancy';
import { dcimPlugin } from '@patchbay/plugin-dcim';
import { ipamPlugin } from '@patchbay/plugin-ipam';
import { virtualizationPlugin } from '@patchbay/plugin-virtualization';
import { aclPlugin } from '@patchbay/example-plugin-acl';
import { extrasPlugin } from '../src/index.js';

/** Extras with the plugins it builds on. */
export const EXTRAS_PLUGINS = [tenancyPlugin, dcimPlugin, ipamPlugin, virtualizationPlugin, extrasPlugin];

/** Extras plus a third-party plugin whose models must get tags and custom fields too; `extras` are extras' settings. */
export function extrasApp(extras?: Record<string, unknown>) {
  return {
    plugins: [...EXTRAS_PLUGINS, aclPlugin],
    config: { pluginsConfig: { acl: { assignable_types: ['users.group'] }, ...(extras ? { extras } : {}) } },
  };
}

/** POSTs and insists on 201, returning the created object(s). */
export async function make(client: TestClient, path: string, body: unknown): Promise<any> {
  const res = await client.post(path, body);
  expect(res.status, `POST ${path} ${JSON.stringify(body)} → ${JSON.stringify(res.body)}`).toBe(201);
  return res.body;
}
