import { defineSerializer } from '@patchbay/core';
import { ModuleType } from '../models/module-type.js';

/** Module types, the manufacturer shown in brief. */
export const moduleTypeSerializer = defineSerializer(ModuleType, {
  fields: [
    'id', 'url', 'display_url', 'display', 'manufacturer', 'model', 'part_number', 'airflow', 'weight', 'weight_unit',
    'description', 'comments', 'tags', 'custom_fields', 'created', 'last_updated',
  ],
  brief: ['id', 'url', 'display', 'manufacturer', 'model', 'description'],
});
