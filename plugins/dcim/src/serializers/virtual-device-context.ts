import { defineSerializer, field, type ModelClass } from '@patchbay/core';
import { VirtualDeviceContext } from '../models/virtual-device-context.js';

/** The interface ↔ VDC join table (the components area's Interface.vdcs), counted per context. */
const interfaceAssignments = { tableName: 'dcim_interface_vdcs' } as unknown as ModelClass;

/** Virtual device contexts in the reference's key order, without the primary IPs (IPAM issue). */
export const virtualDeviceContextSerializer = defineSerializer(VirtualDeviceContext, {
  fields: [
    'id', 'url', 'display_url', 'display', 'name', 'device', 'identifier', 'tenant', 'status', 'description', 'comments',
    'tags', 'custom_fields', 'created', 'last_updated', 'interface_count',
  ],
  brief: ['id', 'url', 'display', 'name', 'identifier', 'device', 'description'],
  extraFields: { interface_count: field.count(() => interfaceAssignments, 'virtualdevicecontext_id') },
});
