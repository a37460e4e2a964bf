import { choice, defineFilterSet } from '@patchbay/core';
import { ServiceProtocolChoices } from '../choices/services.js';
import { ServiceTemplate } from '../models/service-template.js';
import { portFilter } from './service.js';

/** NetBox's ServiceTemplateFilterSet. */
export const serviceTemplateFilterSet = defineFilterSet(ServiceTemplate, {
  fields: { name: 'text', protocol: choice(ServiceProtocolChoices), description: 'text', port: portFilter },
  search: ['name', 'description'],
});
