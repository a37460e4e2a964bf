/** Fixtures of the tags tests: the plugins to boot (with the example ACL plugin) and helpers over the API. */
import type { TestApp } from '@patchbay/core/testing';
import { extrasApp, make } from '../app.js';

export { make };

export const TAGS = '/api/extras/tags/';
export const SITES = '/api/dcim/sites/';
export const TENANTS = '/api/tenancy/tenants/';
export const ACLS = '/api/plugins/acl/access-lists/';
export const RULES = '/api/plugins/acl/access-list-rules/';
export const GROUPS = '/api/users/groups/';

/** Extras with the plugins it builds on, plus a third-party plugin whose models must get tags too. */
export const tagsApp = extrasApp();

export interface TagFixtures { tags: number[] }

/** Three tags: alpha (red, sites only), bravo (sites, tenants and access lists), charlie (anything). */
export async function tagFixtures(app: TestApp): Promise<TagFixtures> {
  const tags = [
    (await make(app.api, TAGS, { name: 'Alpha', slug: 'alpha', color: 'ff0000', description: 'first tag', object_types: ['dcim.site'] })).id,
    (await make(app.api, TAGS, { name: 'Bravo', slug: 'bravo', description: 'second tag', object_types: ['dcim.site', 'tenancy.tenant', 'acl.accesslist'] })).id,
    (await make(app.api, TAGS, { name: 'Charlie', slug: 'charlie' })).id,
  ];
  return { tags };
}
