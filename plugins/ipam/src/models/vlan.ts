/**
 * A VLAN (NetBox 4.2's VLAN): a VID 1-4094 with a name, optionally in a site and/or a VLAN group
 * (whose VID ranges it must fall in), with Q-in-Q role and service VLAN. VID and name are unique
 * per group and per service VLAN.
 */
import { PrimaryModel, field, type FieldMap, type HookContext } from '@patchbay/core';
import { Site } from '@patchbay/plugin-dcim';
import { Tenant } from '@patchbay/plugin-tenancy';
import { VLANQinQRoleChoices, VLANStatusChoices } from '../choices/vlans.js';
import { VLANGroup } from './vlan-group.js';
import { Role } from './role.js';
import { Prefix } from './prefix.js';
import { cleanVLAN } from '../services/vlan-rules.js';

export class VLAN extends PrimaryModel {
  static override tableName = 'ipam_vlan';
  static override label = 'ipam.vlan';
  static override verboseName = 'VLAN';
  static override verboseNamePlural = 'VLANs';
  static override ordering = ['site', 'group', 'vid'];
  static override uniqueTogether = [
    { fields: ['group', 'vid'], message: 'VLAN with this Group and VLAN ID already exists.' },
    { fields: ['group', 'name'], message: 'VLAN with this Group and Name already exists.' },
    { fields: ['qinq_svlan', 'vid'], message: 'VLAN with this Qinq svlan and VLAN ID already exists.' },
    { fields: ['qinq_svlan', 'name'], message: 'VLAN with this Qinq svlan and Name already exists.' },
  ];
  static override fields: FieldMap = {
    site: field.related(() => Site, { nullable: true, default: null, onDelete: 'protect' }),
    group: field.related(() => VLANGroup, { nullable: true, default: null, onDelete: 'protect' }),
    vid: field.integer({ required: true, min: 1, max: 4094 }),
    name: field.string({ maxLength: 64, required: true }),
    tenant: field.related(() => Tenant, { nullable: true, default: null, onDelete: 'protect' }),
    status: field.choice(VLANStatusChoices, { default: 'active' }),
    role: field.related(() => Role, { nullable: true, default: null, onDelete: 'set_null' }),
    qinq_svlan: field.selfRelated({ nullable: true, default: null, onDelete: 'protect' }),
    qinq_role: field.choice(VLANQinQRoleChoices, { nullable: true, default: null }),
    // L2VPNs (NetBox's vpn app) are not built yet: always null, as for a VLAN without a termination.
    l2vpn_termination: field.computed(() => null, { nullable: true, schema: { type: 'object', nullable: true } }),
    prefix_count: field.count(() => Prefix, 'vlan_id'),
  };

  static override displayOf(row: Record<string, unknown>): string {
    return `${row.name} (${row.vid})`;
  }

  static override async clean(row: Record<string, unknown>, prev: Record<string, unknown> | null, ctx: HookContext) {
    await cleanVLAN(row, prev, ctx);
  }
}
