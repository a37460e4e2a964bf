/** The full REST contract of /api/tenancy/tenants/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { TENANTS, tenancyApp, tenancyFixtures, type TenancyFixtures } from './fixtures.js';

describeApiViewSet<TenancyFixtures>({
  ...tenancyApp,
  path: TENANTS,
  model: 'tenancy.tenant',
  fields: [
    'id', 'url', 'display_url', 'display', 'name', 'slug', 'group', 'description', 'comments', 'tags', 'custom_fields',
    'created', 'last_updated',
  ],
  briefFields: ['id', 'url', 'display', 'name', 'slug', 'description'],
  setup: tenancyFixtures,
  createData: (fx) => [
    { name: 'Tenant 4', slug: 'tenant-4', group: fx.tenantGroups[0] },
    { name: 'Tenant 5', slug: 'tenant-5', group: fx.tenantGroups[1], description: 'fifth', comments: 'notes' },
    { name: 'Tenant 6', slug: 'tenant-6' },
  ],
  updateData: (fx) => ({ description: 'updated', group: fx.tenantGroups[2], comments: 'changed' }),
  bulkUpdateData: { description: 'bulk edited' },
  invalidData: { name: 'Tenant Bad', slug: 'tenant-bad', group: 999999 },
  filters: (fx) => ({
    'name=Tenant 1': 1,
    'name__isw=tenant': 3,
    'slug=tenant-2&slug=tenant-3': 2,
    'description__ic=FIRST': 1,
    // group / group_id match the group's whole subtree.
    'group=tg-a': 3,
    'group=tg-b': 2,
    [`group_id=${fx.tenantGroups[2]}`]: 1,
    'group__n=tg-b': 1,
    [`contact=${fx.contacts[0]}`]: 1,
    [`contact__n=${fx.contacts[0]}`]: 2,
    [`contact_role=${fx.contactRoles[1]}&contact_role=${fx.contactRoles[2]}`]: 2,
    [`contact_group=${fx.contactGroups[1]}`]: 2,
    'q=tenant-3': 1,
  }),
});
