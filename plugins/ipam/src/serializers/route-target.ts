import { defineSerializer } from '@patchbay/core';
import { RouteTarget } from '../models/route-target.js';

/** Route targets in NetBox 4.2's key order. */
export const routeTargetSerializer = defineSerializer(RouteTarget, {
  fields: [
    'id', 'url', 'display_url', 'display', 'name', 'tenant', 'description', 'comments', 'tags', 'custom_fields',
    'created', 'last_updated',
  ],
  brief: ['id', 'url', 'display', 'name', 'description'],
});
