/**
 * A virtual machine (NetBox 4.2's VirtualMachine): runs in a cluster (optionally pinned to one of
 * its host devices) and/or sits in a site; has a role (a device role marked for VMs), platform,
 * tenant, resources (vCPUs, memory, disk — disk is the sum of its virtual disks when it has any),
 * interfaces and disks.
 */
import { PrimaryModel, field, type FieldMap, type HookContext, type ModelFeature } from '@patchbay/core';
import { Tenant } from '@patchbay/plugin-tenancy';
import { Device, DeviceRole, Platform, Site } from '@patchbay/plugin-dcim';
import { IPAddress } from '@patchbay/plugin-ipam';
import { VirtualMachineStatusChoices } from '../choices.js';
import { Cluster } from './cluster.js';
import { decimalField } from '@patchbay/plugin-dcim';
import { cleanVirtualMachine } from '../services/vm-rules.js';

export class VirtualMachine extends PrimaryModel {
  static override tableName = 'virtualization_virtualmachine';
  static override label = 'virtualization.virtualmachine';
  static override verboseName = 'virtual machine';
  static override verboseNamePlural = 'virtual machines';
  static override features: ModelFeature[] = ['contacts'];
  // NetBox orders by the naturalised name (`_name`, a generated column), then pk.
  static override ordering = ['_name'];
  static override fields: FieldMap = {
    site: field.related(() => Site, { nullable: true, default: null, onDelete: 'protect' }),
    cluster: field.related(() => Cluster, { nullable: true, default: null, onDelete: 'protect' }),
    device: field.related(() => Device, { nullable: true, default: null, onDelete: 'protect' }),
    tenant: field.related(() => Tenant, { nullable: true, default: null, onDelete: 'protect' }),
    platform: field.related(() => Platform, { nullable: true, default: null, onDelete: 'set_null' }),
    name: field.string({ maxLength: 64, required: true }),
    status: field.choice(VirtualMachineStatusChoices, { default: 'active' }),
    role: field.related(() => DeviceRole, { nullable: true, default: null, onDelete: 'protect' }),
    // Read-only: NetBox's primary_ip property (IPv6 first), a generated column.
    primary_ip: field.related(() => IPAddress, { readOnly: true, nullable: true }),
    primary_ip4: field.related(() => IPAddress, { nullable: true, default: null, onDelete: 'set_null' }),
    primary_ip6: field.related(() => IPAddress, { nullable: true, default: null, onDelete: 'set_null' }),
    vcpus: decimalField({ maxDigits: 6, places: 2, min: 0.01, nullable: true, default: null }),
    memory: field.integer({ nullable: true, default: null, min: 0, max: 2147483647 }),
    disk: field.integer({ nullable: true, default: null, min: 0, max: 2147483647 }),
    serial: field.string({ maxLength: 50, default: '' }),
    local_context_data: field.json({
      nullable: true, default: null,
      description: 'Local config context data takes precedence over source contexts in the final rendered config context',
    }),
    // Placeholder: the extras plugin replaces it with the merged config contexts, as for devices.
    config_context: field.computed(() => ({}), { schema: { type: 'object', additionalProperties: {}, readOnly: true, nullable: true } }),
  };

  /** NetBox's VirtualMachine.clean(): placement, host device, role, disk total, primary IPs, unique name. */
  static override async clean(row: Record<string, unknown>, prev: Record<string, unknown> | null, ctx: HookContext): Promise<void> {
    await cleanVirtualMachine(row, prev, ctx);
  }
}
