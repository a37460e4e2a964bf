/** The full REST contract of /api/ipam/vlan-translation-rules/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { P, ipamApp, vlanFixtures, type VlanFixtures } from './fixtures.js';

describeApiViewSet<VlanFixtures>({
  ...ipamApp,
  path: P.rules,
  model: 'ipam.vlantranslationrule',
  fields: ['id', 'url', 'display', 'policy', 'local_vid', 'remote_vid', 'description'],
  briefFields: ['id', 'url', 'display', 'policy', 'local_vid', 'remote_vid', 'description'],
  setup: vlanFixtures,
  createData: (fx) => [
    { policy: fx.policies[2], local_vid: 10, remote_vid: 20 },
    { policy: fx.policies[0], local_vid: 11, remote_vid: 21, description: 'eleven' },
    { policy: fx.policies[1], local_vid: 400, remote_vid: 401 },
  ],
  updateData: { remote_vid: 202, description: 'updated' },
  bulkUpdateData: { description: 'bulk edited' },
  invalidData: (fx) => ({ policy: fx.policies[2], local_vid: 0, remote_vid: 5 }),
  filters: (fx) => ({
    [`policy_id=${fx.policies[0]}`]: 1,
    [`policy_id=${fx.policies[0]}&policy_id=${fx.policies[2]}`]: 2,
    'policy=Policy 2': 1,
    'local_vid=100': 2,
    'remote_vid=201': 1,
    'remote_vid__gte=201': 2,
    'description=second': 1,
    'q=Policy 2': 1,
    'q=100': 2,
  }),
});
