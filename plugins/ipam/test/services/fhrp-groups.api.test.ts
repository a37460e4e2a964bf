/** The full REST contract of /api/ipam/fhrp-groups/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { P, ipOn, ipamApp, make } from './fixtures.js';

describeApiViewSet({
  ...ipamApp,
  path: P.fhrpGroups,
  model: 'ipam.fhrpgroup',
  fields: [
    'id', 'name', 'url', 'display_url', 'display', 'protocol', 'group_id', 'auth_type', 'auth_key', 'description',
    'comments', 'tags', 'custom_fields', 'created', 'last_updated', 'ip_addresses',
  ],
  briefFields: ['id', 'url', 'display', 'protocol', 'group_id', 'description'],
  async setup(app) {
    const ids: number[] = [];
    for (const body of [
      { name: 'Core', protocol: 'vrrp2', group_id: 10, auth_type: 'plaintext', auth_key: 'secret', description: 'core pair' },
      { protocol: 'hsrp', group_id: 20, auth_type: 'md5', auth_key: 'hash' },
      { protocol: 'carp', group_id: 30 },
    ]) ids.push((await make(app.api, P.fhrpGroups, body)).id);
    const vip = await ipOn(app, '192.0.2.1/24', ids[0]!, 'ipam.fhrpgroup');
    await ipOn(app, '198.51.100.1/24', ids[1]!, 'ipam.fhrpgroup');
    return { ids, vip };
  },
  createData: [
    { protocol: 'vrrp3', group_id: 40 },
    { name: 'Edge', protocol: 'glbp', group_id: 50, auth_type: 'md5', auth_key: 'k' },
    { protocol: 'other', group_id: 0, description: 'custom' },
  ],
  updateData: { name: 'Core 2', protocol: 'clusterxl', group_id: 11, auth_type: null, auth_key: '' },
  bulkUpdateData: { description: 'bulk edited' },
  invalidData: { protocol: 'bgp', group_id: 1 },
  filters: (f) => ({
    'protocol=vrrp2': 1,
    'protocol=hsrp&protocol=carp': 2,
    'group_id=20': 1,
    'group_id__gte=20': 2,
    'auth_type=md5': 1,
    'auth_key=secret': 1,
    'name=Core': 1,
    'description__ic=pair': 1,
    [`related_ip=${f.vip}`]: 1,
    'q=core': 1,
    'q=30': 1,
  }),
});
