/** The full REST contract of /api/ipam/services/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { P, deviceFixtures, ipOn, ipamApp, make } from './fixtures.js';

describeApiViewSet({
  ...ipamApp,
  path: P.services,
  model: 'ipam.service',
  fields: [
    'id', 'url', 'display_url', 'display', 'device', 'name', 'protocol', 'ports', 'ipaddresses', 'description',
    'comments', 'tags', 'custom_fields', 'created', 'last_updated',
  ],
  briefFields: ['id', 'url', 'display', 'name', 'protocol', 'ports', 'description'],
  async setup(app) {
    const d = await deviceFixtures(app);
    const ips = [
      await ipOn(app, '10.0.0.1/24', d.interfaces[0]!),
      await ipOn(app, '10.0.0.2/24', d.interfaces[1]!),
      await ipOn(app, '10.0.1.1/24', d.interfaces[2]!),
      await ipOn(app, '10.0.2.1/24', d.interfaces[4]!),
    ];
    const ids: number[] = [];
    for (const body of [
      { device: d.devices[0], name: 'ssh', protocol: 'tcp', ports: [22], ipaddresses: [ips[0]], description: 'management' },
      { device: d.devices[1], name: 'dns', protocol: 'udp', ports: [53], ipaddresses: [ips[2]] },
      { device: d.devices[2], name: 'web', protocol: 'tcp', ports: [80, 443] },
    ]) ids.push((await make(app.api, P.services, body)).id);
    return { ...d, ips, ids };
  },
  createData: (f) => [
    { device: f.devices[0], name: 'ntp', protocol: 'udp', ports: [123], ipaddresses: [f.ips[0], f.ips[1]] },
    { device: f.devices[1], name: 'bgp', protocol: 'tcp', ports: [179] },
    { device: f.devices[2], name: 'diameter', protocol: 'sctp', ports: [3868], ipaddresses: [f.ips[3]] },
  ],
  updateData: (f) => ({ name: 'ssh-alt', ports: [2222], ipaddresses: [f.ips[1]] }),
  bulkUpdateData: { description: 'bulk edited' },
  invalidData: (f) => ({ device: f.devices[0], name: 'bad', protocol: 'tcp', ports: [70000] }),
  filters: (f) => ({
    'name=ssh': 1,
    'protocol=tcp': 2,
    'port=443': 1,
    'port=22&port=53': 2,
    'device=dev-1': 1,
    [`device_id=${f.devices[1]}`]: 1,
    [`ip_address_id=${f.ips[0]}`]: 1,
    'ip_address=10.0.1.1/24': 1,
    'description__ic=manage': 1,
    'q=web': 1,
  }),
});
