/**
 * Shared set-up for the API, filter and operation tests: the ACL example plugin on a test app,
 * seeding helpers, and a fingerprint of every table a write could touch (to prove a rejected
 * request changed nothing).
 */
import type { Knex } from 'knex';
import { aclPlugin } from '@patchbay/example-plugin-acl';
import { createTestApp, type TestApp, type TestAppOptions } from '@patchbay/core/testing';

export const LISTS = '/api/plugins/acl/access-lists/';
export const RULES = '/api/plugins/acl/access-list-rules/';

/** A test app with the ACL plugin; access lists may be assigned to user groups (a model core has). */
export function createAclApp(opts: Omit<TestAppOptions, 'plugins'> & { plugins?: TestAppOptions['plugins'] } = {}): Promise<TestApp> {
  const { config, plugins, ...rest } = opts;
  return createTestApp({
    ...rest,
    plugins: [aclPlugin, ...(plugins ?? [])],
    config: { pluginsConfig: { acl: { assignable_types: ['users.group'] } }, ...(config ?? {}) },
  });
}

/** Creates through the API and fails loudly, so a broken fixture never hides as a test result. */
export async function mustCreate(t: TestApp, url: string, body: Record<string, unknown>): Promise<Record<string, any>> {
  const res = await t.api.post(url, body);
  if (res.status !== 201) throw new Error(`fixture POST ${url} ${JSON.stringify(body)} → ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

const FINGERPRINTED = ['netbox_acls_accesslist', 'netbox_acls_accesslistrule', 'core_objectchange'];

/** Row counts and a content hash per table: equal fingerprints mean nothing was written. */
export async function fingerprint(knex: Knex, tables: string[] = FINGERPRINTED): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of tables) {
    const { rows } = await knex.raw(`select count(*)::text as n, md5(coalesce(string_agg(t::text, '|' order by t.id), '')) as h from ?? t`, [table]);
    out[table] = `${rows[0].n}:${rows[0].h}`;
  }
  return out;
}
