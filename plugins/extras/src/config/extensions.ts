/**
 * What the config area adds to other plugins' models: `config_template` on devices, device roles,
 * platforms and virtual machines (placed in NetBox 4.2's key order) with its `config_template_id`
 * filter, and the real `config_context` of devices and VMs in place of their placeholders.
 */
import { field, relation, type PluginExtensions } from '@patchbay/core';
import { ConfigTemplate } from './models/config-template.js';
import { configContextField } from './services/config-context-field.js';
import { DEVICE_SUBJECT, VM_SUBJECT } from './services/config-context-query.js';

const configTemplate = () => field.related(() => ConfigTemplate, { nullable: true, default: null, onDelete: 'set_null' });
const configTemplateFilter = () => ({ config_template: relation(() => ConfigTemplate, { by: false }) });

export const configExtensions: PluginExtensions = {
  serializerFields: [
    { model: 'dcim.device', name: 'config_template', spec: configTemplate(), after: 'comments' },
    { model: 'dcim.devicerole', name: 'config_template', spec: configTemplate(), after: 'vm_role' },
    { model: 'dcim.platform', name: 'config_template', spec: configTemplate(), after: 'manufacturer' },
    { model: 'virtualization.virtualmachine', name: 'config_template', spec: configTemplate(), after: 'comments' },
    { model: 'dcim.device', name: 'config_context', spec: configContextField(DEVICE_SUBJECT), replace: true },
    { model: 'virtualization.virtualmachine', name: 'config_context', spec: configContextField(VM_SUBJECT), replace: true },
  ],
  filters: [
    { model: 'dcim.device', filters: configTemplateFilter() },
    { model: 'dcim.devicerole', filters: configTemplateFilter() },
    { model: 'dcim.platform', filters: configTemplateFilter() },
    { model: 'virtualization.virtualmachine', filters: configTemplateFilter() },
  ],
};
