/** The full REST contract of /api/ipam/service-templates/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { P, ipamApp, make } from './fixtures.js';

describeApiViewSet({
  ...ipamApp,
  path: P.serviceTemplates,
  model: 'ipam.servicetemplate',
  fields: [
    'id', 'url', 'display_url', 'display', 'name', 'protocol', 'ports', 'description', 'comments', 'tags',
    'custom_fields', 'created', 'last_updated',
  ],
  briefFields: ['id', 'url', 'display', 'name', 'protocol', 'ports', 'description'],
  async setup(app) {
    const ids: number[] = [];
    for (const body of [
      { name: 'SSH', protocol: 'tcp', ports: [22], description: 'secure shell' },
      { name: 'DNS', protocol: 'udp', ports: [53] },
      { name: 'Web', protocol: 'tcp', ports: [80, 443, 8080, 8081] },
    ]) ids.push((await make(app.api, P.serviceTemplates, body)).id);
    return ids;
  },
  createData: [
    { name: 'NTP', protocol: 'udp', ports: [123] },
    { name: 'BGP', protocol: 'tcp', ports: [179], description: 'routing' },
    { name: 'Diameter', protocol: 'sctp', ports: [3868] },
  ],
  updateData: { name: 'Secure shell', protocol: 'sctp', ports: [2222, 22] },
  bulkUpdateData: { description: 'bulk edited' },
  invalidData: { name: 'No ports', protocol: 'tcp', ports: [] },
  filters: {
    'name=SSH': 1,
    'protocol=tcp': 2,
    'protocol=udp&protocol=sctp': 1,
    'port=53': 1,
    'port=443': 1,
    'port=22&port=53': 2,
    'description__ic=shell': 1,
    'q=web': 1,
  },
});
