import { defineSerializer } from '@patchbay/core';
import { ModuleBay } from '../models/module-bay.js';

/** ModuleBay in NetBox 4.2's key order (cabling fields come with the cabling issue). */
export const moduleBaySerializer = defineSerializer(ModuleBay, {
  fields: ['id', 'url', 'display_url', 'display', 'device', 'module', 'name', 'installed_module', 'label', 'position', 'description', 'tags', 'custom_fields', 'created', 'last_updated'],
  brief: ['id', 'url', 'display', 'installed_module', 'name', 'description'],
});
