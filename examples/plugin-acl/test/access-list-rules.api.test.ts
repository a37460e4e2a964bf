/** The full REST contract of /api/plugins/acl/access-list-rules/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { RULES, aclApp, aclFixtures, type AclFixtures } from './fixtures.js';

describeApiViewSet<AclFixtures>({
  ...aclApp,
  path: RULES,
  model: 'acl.accesslistrule',
  fields: [
    'id', 'url', 'display_url', 'display', 'access_list', 'index', 'action', 'remark', 'protocol',
    'source_prefix', 'source_ports', 'destination_prefix', 'destination_ports', 'description', 'comments',
    'tags', 'custom_fields', 'created', 'last_updated',
  ],
  briefFields: ['id', 'url', 'display', 'index', 'action', 'description'],
  setup: aclFixtures,
  createData: (fx) => [
    { access_list: fx.lists[0], index: 100, action: 'permit', protocol: 'tcp', source_prefix: '192.0.2.0/24', destination_ports: [80, 443] },
    // A related object may be written as attributes that identify it.
    { access_list: { name: 'acl-3' }, index: 110, action: 'deny', protocol: 'udp', destination_prefix: '2001:db8::/32', source_ports: [53] },
    { access_list: fx.lists[0], index: 120, action: 'remark', remark: 'end of list', description: 'marker' },
  ],
  updateData: { action: 'deny', description: 'updated', destination_prefix: '198.51.100.0/24' },
  bulkUpdateData: { description: 'bulk edited' },
  invalidData: (fx) => ({ access_list: fx.lists[0], index: 130, action: 'remark' }),
  filters: (fx) => ({
    'access_list=acl-1': 1,
    'access_list=acl-1&access_list=acl-2': 2,
    [`access_list_id=${fx.lists[2]}`]: 1,
    'action=remark': 1,
    'protocol=tcp': 1,
    'index=10': 2,
    'index__gte=20': 1,
    'source_prefix=10.0.0.0/8': 1,
    'source_prefix__net_contained_or_equal=10.0.0.0/8': 2,
    'destination_ports=443': 1,
    'q=ssh': 1,
  }),
});
