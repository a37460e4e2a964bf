/** The full REST contract of /api/tenancy/contact-assignments/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { ASSIGNMENTS, tenancyApp, tenancyFixtures, type TenancyFixtures } from './fixtures.js';

describeApiViewSet<TenancyFixtures>({
  ...tenancyApp,
  path: ASSIGNMENTS,
  model: 'tenancy.contactassignment',
  fields: [
    'id', 'url', 'display', 'object_type', 'object_id', 'object', 'contact', 'role', 'priority', 'tags', 'custom_fields',
    'created', 'last_updated',
  ],
  briefFields: ['id', 'url', 'display', 'contact', 'role', 'priority'],
  setup: tenancyFixtures,
  createData: (fx) => [
    { object_type: 'tenancy.tenant', object_id: fx.tenants[0], contact: fx.contacts[1], role: fx.contactRoles[0], priority: 'tertiary' },
    { object_type: 'tenancy.tenant', object_id: fx.tenants[1], contact: fx.contacts[2], role: fx.contactRoles[1] },
    { object_type: 'tenancy.tenant', object_id: fx.tenants[2], contact: fx.contacts[0], role: fx.contactRoles[2], priority: 'inactive' },
  ],
  updateData: (fx) => ({ priority: 'inactive', role: fx.contactRoles[2] }),
  bulkUpdateData: { priority: 'tertiary' },
  invalidData: (fx) => ({ object_type: 'tenancy.tenant', object_id: fx.tenants[0], contact: fx.contacts[0], role: fx.contactRoles[0], priority: 'urgent' }),
  filters: (fx) => ({
    'object_type=tenancy.tenant': 3,
    'object_type__n=tenancy.tenant': 0,
    [`object_id=${fx.tenants[0]}&object_id=${fx.tenants[1]}`]: 2,
    [`object_id__gt=${fx.tenants[0]}`]: 2,
    [`contact_id=${fx.contacts[1]}`]: 1,
    [`role_id=${fx.contactRoles[2]}`]: 1,
    'role=noc&role=billing': 2,
    'role__n=noc': 2,
    'priority=primary': 1,
    'priority=secondary&priority=primary': 2,
    'group=cg-b': 2,
    [`group_id=${fx.contactGroups[2]}`]: 1,
    'q=bob': 1,
    'q=owner': 1,
  }),
});
