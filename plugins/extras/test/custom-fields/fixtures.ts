/** Fixtures of the custom-fields tests: the plugins to boot (with the example ACL plugin) and helpers over the API. */
import type { TestApp } from '@patchbay/core/testing';
import { extrasApp, make } from '../app.js';

export { make };

export const FIELDS = '/api/extras/custom-fields/';
export const SETS = '/api/extras/custom-field-choice-sets/';
export const SITES = '/api/dcim/sites/';
export const TENANTS = '/api/tenancy/tenants/';
export const ACLS = '/api/plugins/acl/access-lists/';

/** Extras with the plugins it builds on, plus a third-party plugin whose models must get custom fields too. */
export const cfApp = extrasApp();

export interface CfFixtures {
  sets: number[];
  fields: number[];
  tenants: number[];
}

/** Three choice sets and (unless `fields: false`) five custom fields on tenants, sites and access lists; three tenants. */
export async function cfFixtures(app: TestApp, opts: { fields?: boolean } = {}): Promise<CfFixtures> {
  const sets = [
    (await make(app.api, SETS, { name: 'Colours', description: 'paint', extra_choices: [['red', 'Red'], ['green', 'Green'], ['blue', 'Blue']] })).id,
    (await make(app.api, SETS, { name: 'Sizes', extra_choices: [['s', 'Small'], ['m', 'Medium']], order_alphabetically: true })).id,
    (await make(app.api, SETS, { name: 'Tiers', description: 'service tier', extra_choices: [['gold', 'Gold']] })).id,
  ];
  const fields: number[] = opts.fields === false ? [] : [
    (await make(app.api, FIELDS, { name: 'cust_id', type: 'text', object_types: ['tenancy.tenant'], label: 'Customer ID', group_name: 'Billing', search_weight: 100 })).id,
    (await make(app.api, FIELDS, { name: 'rack_count', type: 'integer', object_types: ['dcim.site'], description: 'racks on site', validation_minimum: 0 })).id,
    (await make(app.api, FIELDS, { name: 'colour', type: 'select', object_types: ['dcim.site', 'acl.accesslist'], choice_set: sets[0], filter_logic: 'exact' })).id,
    (await make(app.api, FIELDS, { name: 'sizes', type: 'multiselect', object_types: ['tenancy.tenant'], choice_set: sets[1] })).id,
    (await make(app.api, FIELDS, { name: 'tier', type: 'select', object_types: ['acl.accesslist'], choice_set: sets[2], weight: 50 })).id,
  ];
  const tenants = [];
  for (const i of [1, 2, 3]) tenants.push((await make(app.api, TENANTS, { name: `Tenant ${i}`, slug: `tenant-${i}` })).id);
  return { sets, fields, tenants };
}
