/** The full REST contract of /api/ipam/vlan-groups/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import type { TestApp } from '@patchbay/core/testing';
import { P, change, ipamApp, vlanFixtures, type VlanFixtures } from './fixtures.js';

/** The shared fixtures with every VLAN out of its group, so the generated delete tests may delete groups. */
async function setup(app: TestApp): Promise<VlanFixtures> {
  const fx = await vlanFixtures(app);
  for (const id of [fx.vlans[0]!, fx.vlans[3]!]) await change(app.api, `${P.vlans}${id}/`, { group: null });
  return fx;
}

describeApiViewSet<VlanFixtures>({
  ...ipamApp,
  path: P.vlanGroups,
  model: 'ipam.vlangroup',
  fields: [
    'id', 'url', 'display_url', 'display', 'name', 'slug', 'scope_type', 'scope_id', 'scope', 'vid_ranges', 'tenant',
    'description', 'tags', 'custom_fields', 'created', 'last_updated', 'vlan_count', 'utilization',
  ],
  briefFields: ['id', 'url', 'display', 'name', 'slug', 'description', 'vlan_count'],
  setup,
  createData: (fx) => [
    { name: 'Group 4', slug: 'group-4' },
    { name: 'Group 5', slug: 'group-5', scope_type: 'dcim.site', scope_id: fx.sites[1], vid_ranges: [[10, 20], [30, 40]] },
    { name: 'Group 6', slug: 'group-6', tenant: fx.tenants[1], description: 'six' },
  ],
  updateData: { name: 'Group 1 renamed', description: 'updated', vid_ranges: [[1, 50]] },
  bulkUpdateData: { description: 'bulk edited' },
  invalidData: { name: 'Bad', slug: 'bad', vid_ranges: [[0, 10]] },
  filters: (fx) => ({
    'name=Group 1': 1,
    'name=Group 1&name=Group 3': 2,
    'slug__ic=group': 3,
    'description=regional': 1,
    'scope_type=dcim.site': 2,
    'scope_type__n=dcim.site': 1,
    [`scope_type=dcim.site&scope_id=${fx.sites[0]}`]: 1,
    [`site=${fx.sites[0]}`]: 1,
    [`site=${fx.sites[1]}`]: 1,
    [`site=${fx.sites[2]}`]: 0,
    [`region=${fx.region}`]: 0,
    'contains_vid=150': 2,
    'contains_vid=250': 1,
    'contains_vid=50': 2,
    [`tenant_id=${fx.tenants[0]}`]: 1,
    'tenant=tenant-1': 1,
    'q=regional': 1,
    'q=group 2': 1,
  }),
});
