/**
 * A layer-4 service on a device or a virtual machine (NetBox 4.2's Service): exactly one parent,
 * optionally bound to some of the parent's IP addresses. The `virtual_machine_id` column exists
 * for the virtualization plugin to expose (it owns the VirtualMachine model).
 */
import { PrimaryModel, ValidationError, field, type FieldMap, type ModelFeature } from '@patchbay/core';
import { Device } from '@patchbay/plugin-dcim';
import { IPAddress } from './ip-address.js';
import { serviceBaseFields, serviceDisplay } from './service-base.js';

export class Service extends PrimaryModel {
  static override tableName = 'ipam_service';
  static override label = 'ipam.service';
  static override verboseName = 'application service';
  static override verboseNamePlural = 'application services';
  static override features: ModelFeature[] = ['contacts'];
  // (protocol, ports) may repeat, so id breaks ties.
  static override ordering = ['protocol', 'ports', 'id'];
  static override fields: FieldMap = {
    device: field.related(() => Device, { nullable: true, default: null, onDelete: 'cascade' }),
    name: field.string({ maxLength: 100, required: true }),
    ...serviceBaseFields(),
    ipaddresses: field.many(() => IPAddress, { table: 'ipam_service_ipaddresses', from: 'service_id', to: 'ipaddress_id' }),
  };

  static override displayOf(row: Record<string, unknown>): string {
    return serviceDisplay(row);
  }

  /** NetBox's Service.clean(): a device or a virtual machine, not both, not neither. */
  static override async clean(row: Record<string, unknown>): Promise<void> {
    const device = row.device_id != null;
    const vm = row.virtual_machine_id != null;
    if (device && vm)
      throw new ValidationError({ non_field_errors: ['A service cannot be associated with both a device and a virtual machine.'] });
    if (!device && !vm)
      throw new ValidationError({ non_field_errors: ['A service must be associated with either a device or a virtual machine.'] });
  }
}
