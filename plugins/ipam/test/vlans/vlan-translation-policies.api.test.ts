/** The full REST contract of /api/ipam/vlan-translation-policies/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { P, ipamApp, vlanFixtures, type VlanFixtures } from './fixtures.js';

describeApiViewSet<VlanFixtures>({
  ...ipamApp,
  path: P.policies,
  model: 'ipam.vlantranslationpolicy',
  fields: ['id', 'url', 'display', 'name', 'description', 'rules'],
  briefFields: ['id', 'url', 'display', 'name', 'description'],
  setup: vlanFixtures,
  createData: [
    { name: 'Policy 4' },
    { name: 'Policy 5', description: 'five' },
    { name: 'Policy 6' },
  ],
  updateData: { name: 'Policy 1 renamed', description: 'updated' },
  bulkUpdateData: { description: 'bulk edited' },
  invalidData: { name: '' },
  filters: {
    'name=Policy 1': 1,
    'name__n=Policy 1': 2,
    'description=first': 1,
    'q=policy': 3,
    'q=first': 1,
  },
});
