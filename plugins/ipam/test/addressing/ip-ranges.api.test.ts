/** The full REST contract of /api/ipam/ip-ranges/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { IP_RANGES, addressingFixtures, ipamApp, type AddressingFixtures } from '../fixtures.js';

describeApiViewSet<AddressingFixtures>({
  ...ipamApp,
  path: IP_RANGES,
  model: 'ipam.iprange',
  fields: [
    'id', 'url', 'display_url', 'display', 'family', 'start_address', 'end_address', 'size', 'vrf', 'tenant', 'status',
    'role', 'description', 'comments', 'tags', 'custom_fields', 'created', 'last_updated', 'mark_utilized',
  ],
  briefFields: ['id', 'url', 'display', 'family', 'start_address', 'end_address', 'description'],
  setup: addressingFixtures,
  createData: (fx) => [
    { start_address: '10.2.0.1/24', end_address: '10.2.0.50/24', tenant: fx.tenants[1] },
    { start_address: '192.168.1.1/16', end_address: '192.168.1.9/16', vrf: fx.vrfs[0], role: fx.roles[2] },
    { start_address: '2001:db8:1::1/64', end_address: '2001:db8:1::ff/64', status: 'reserved' },
  ],
  updateData: (fx) => ({ description: 'updated', status: 'deprecated', tenant: fx.tenants[2] }),
  bulkUpdateData: { description: 'bulk edited' },
  invalidData: { start_address: '10.9.0.9/24', end_address: '10.9.0.1/24' },
  filters: (fx) => ({
    'family=4': 3,
    'family=6': 1,
    'start_address=10.1.1.10/24': 1,
    'end_address=10.1.1.20/24&end_address=192.168.0.19/16': 2,
    'contains=10.1.1.15': 1,
    'contains=10.1.1.50': 0,
    [`vrf_id=${fx.vrfs[0]}`]: 1,
    'vrf=65000:2': 1,
    'vrf_id=null': 2,
    'role=role-1': 1,
    [`role_id=${fx.roles[0]}`]: 1,
    'status=reserved': 1,
    'status=active&status=deprecated': 3,
    'parent=10.1.1.0/24': 2,
    'parent=10.0.0.0/8&parent=2001:db8::/32': 3,
    'tenant=tenant-1': 1,
    'mark_utilized=true': 1,
    'mark_populated=false': 4,
    'size=100': 1,
    'size__gte=11': 3,
    'description=vrf range': 1,
    'q=vrf range': 1,
    'q=10.1.1.1': 2,
  }),
});
