/**
 * A virtual device context (NetBox's VirtualDeviceContext): a logical partition of a device (a
 * Nexus VDC, a firewall context) with an identifier unique on that device; interfaces are assigned
 * to it from the interface side (`Interface.vdcs`).
 */
import { PrimaryModel, field, type FieldMap } from '@patchbay/core';
import { Tenant } from '@patchbay/plugin-tenancy';
import { VirtualDeviceContextStatusChoices } from '../choices.js';
import { Device } from './device.js';

export class VirtualDeviceContext extends PrimaryModel {
  static override tableName = 'dcim_virtualdevicecontext';
  static override label = 'dcim.virtualdevicecontext';
  static override verboseName = 'virtual device context';
  static override verboseNamePlural = 'virtual device contexts';
  static override ordering = ['name'];
  static override uniqueTogether = [
    { fields: ['device', 'identifier'], message: 'Virtual device context with this Device and Identifier already exists.' },
    { fields: ['device', 'name'], message: 'Virtual device context with this Device and Name already exists.' },
  ];
  static override fields: FieldMap = {
    name: field.string({ maxLength: 64, required: true }),
    device: field.related(() => Device, { required: true, onDelete: 'protect' }),
    identifier: field.integer({ nullable: true, default: null, min: 0, max: 32767, description: 'Numeric identifier unique to the parent device' }),
    tenant: field.related(() => Tenant, { nullable: true, default: null, onDelete: 'protect' }),
    status: field.choice(VirtualDeviceContextStatusChoices, { required: true }),
  };

  static override displayOf(row: Record<string, unknown>): string {
    return String(row.name ?? row.id);
  }
}
