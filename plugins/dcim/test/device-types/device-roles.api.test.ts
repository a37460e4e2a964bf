/** The full REST contract of /api/dcim/device-roles/ (generated), on every database. */
import type { TestApp } from '@patchbay/core/testing';
import { describeApiViewSet } from '@patchbay/core/testing';
import { P, dcimApp, make } from './fixtures.js';

async function roles(app: TestApp) {
  const ids: number[] = [];
  for (const body of [
    { name: 'Core', slug: 'core', color: 'ff0000', vm_role: false, description: 'backbone' },
    { name: 'Access', slug: 'access', color: '00ff00' },
    { name: 'Server', slug: 'server', description: 'compute' },
  ]) ids.push((await make(app.api, P.deviceRoles, body)).id);
  return ids;
}

describeApiViewSet({
  ...dcimApp,
  path: P.deviceRoles,
  model: 'dcim.devicerole',
  fields: [
    'id', 'url', 'display_url', 'display', 'name', 'slug', 'color', 'vm_role', 'description', 'tags', 'custom_fields',
    'created', 'last_updated', 'device_count',
  ],
  briefFields: ['id', 'url', 'display', 'name', 'slug', 'description', 'device_count'],
  setup: roles,
  createData: [
    { name: 'Edge', slug: 'edge', color: '0000ff' },
    { name: 'Firewall', slug: 'firewall', vm_role: false },
    { name: 'Storage', slug: 'storage', color: 'abcdef', description: 'disks' },
  ],
  updateData: { name: 'Core router', color: '123456', vm_role: true },
  bulkUpdateData: { description: 'bulk edited' },
  invalidData: { name: 'Bad colour', slug: 'bad-colour', color: 'red' },
  filters: {
    'name=Core': 1,
    'slug__n=core': 2,
    'color=00ff00': 1,
    'color=9e9e9e': 1,
    'vm_role=false': 1,
    'vm_role=true': 2,
    'description__ic=back': 1,
    'q=comp': 1,
  },
});
