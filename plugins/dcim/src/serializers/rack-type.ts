import { defineSerializer } from '@patchbay/core';
import { RackType } from '../models/rack-type.js';

/** Rack types in NetBox 4.2's key order (4.2 shows no rack count on them). */
export const rackTypeSerializer = defineSerializer(RackType, {
  fields: [
    'id', 'url', 'display_url', 'display', 'manufacturer', 'model', 'slug', 'description', 'form_factor', 'width',
    'u_height', 'starting_unit', 'desc_units', 'outer_width', 'outer_depth', 'outer_unit', 'weight', 'max_weight',
    'weight_unit', 'mounting_depth', 'comments', 'tags', 'custom_fields', 'created', 'last_updated',
  ],
  brief: ['id', 'url', 'display', 'manufacturer', 'model', 'slug', 'description'],
});
