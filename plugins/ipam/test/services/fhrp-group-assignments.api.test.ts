/** The full REST contract of /api/ipam/fhrp-group-assignments/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { P, deviceFixtures, ipamApp, make } from './fixtures.js';

describeApiViewSet({
  ...ipamApp,
  path: P.fhrpAssignments,
  model: 'ipam.fhrpgroupassignment',
  fields: ['id', 'url', 'display', 'group', 'interface_type', 'interface_id', 'interface', 'priority', 'created', 'last_updated'],
  briefFields: ['id', 'url', 'display', 'group', 'interface_type', 'interface_id', 'priority'],
  async setup(app) {
    const d = await deviceFixtures(app);
    const groups: number[] = [];
    for (const body of [{ protocol: 'vrrp2', group_id: 1 }, { protocol: 'hsrp', group_id: 2, name: 'Pair' }])
      groups.push((await make(app.api, P.fhrpGroups, body)).id);
    const ids: number[] = [];
    for (const [group, iface, priority] of [[groups[0], d.interfaces[0], 200], [groups[0], d.interfaces[2], 100], [groups[1], d.interfaces[4], 50]])
      ids.push((await make(app.api, P.fhrpAssignments, { group, interface_type: 'dcim.interface', interface_id: iface, priority })).id);
    return { ...d, groups, ids };
  },
  createData: (f) => [
    { group: f.groups[1], interface_type: 'dcim.interface', interface_id: f.interfaces[1], priority: 0 },
    { group: f.groups[1], interface_type: 'dcim.interface', interface_id: f.interfaces[3], priority: 255 },
    { group: f.groups[0], interface_type: 'dcim.interface', interface_id: f.interfaces[5], priority: 10 },
  ],
  updateData: (f) => ({ group: f.groups[1], interface_id: f.interfaces[1], priority: 7 }),
  bulkUpdateData: { priority: 42 },
  invalidData: (f) => ({ group: f.groups[0], interface_type: 'dcim.interface', interface_id: f.interfaces[1], priority: 256 }),
  filters: (f) => ({
    [`group_id=${f.groups[0]}`]: 2,
    'interface_type=dcim.interface': 3,
    [`interface_id=${f.interfaces[0]}`]: 1,
    'priority=100': 1,
    'priority__gte=100': 2,
    'device=dev-1': 1,
    'device=dev-1&device=dev-3': 2,
    [`device_id=${f.devices[1]}`]: 1,
  }),
});
