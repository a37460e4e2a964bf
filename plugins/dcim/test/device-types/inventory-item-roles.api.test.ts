/** The full REST contract of /api/dcim/inventory-item-roles/ (generated), on every database. */
import type { TestApp } from '@patchbay/core/testing';
import { describeApiViewSet } from '@patchbay/core/testing';
import { P, dcimApp, make } from './fixtures.js';

async function roles(app: TestApp) {
  const ids: number[] = [];
  for (const body of [
    { name: 'Power supply', slug: 'psu', color: 'ffc107', description: 'PSUs' },
    { name: 'Fan', slug: 'fan', color: '03a9f4' },
    { name: 'Optic', slug: 'optic' },
  ]) ids.push((await make(app.api, P.inventoryItemRoles, body)).id);
  return ids;
}

describeApiViewSet({
  ...dcimApp,
  path: P.inventoryItemRoles,
  model: 'dcim.inventoryitemrole',
  fields: [
    'id', 'url', 'display_url', 'display', 'name', 'slug', 'color', 'description', 'tags', 'custom_fields', 'created',
    'last_updated', 'inventoryitem_count',
  ],
  briefFields: ['id', 'url', 'display', 'name', 'slug', 'description', 'inventoryitem_count'],
  setup: roles,
  createData: [
    { name: 'Line card', slug: 'line-card', color: '9c27b0' },
    { name: 'Memory', slug: 'memory' },
    { name: 'CPU', slug: 'cpu', description: 'processors' },
  ],
  updateData: { name: 'PSU', color: 'ff0000' },
  bulkUpdateData: { description: 'bulk edited' },
  invalidData: { name: 'Bad colour', slug: 'bad-colour', color: 'FFFFFFF' },
  filters: {
    'name=Fan': 1,
    'slug=optic': 1,
    'color=03a9f4': 1,
    'color__n=9e9e9e': 2,
    'description__empty=false': 1,
    'q=pow': 1,
  },
});
