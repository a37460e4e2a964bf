/**
 * An IPv4 or IPv6 address with its mask (NetBox's IPAddress), stored as Postgres `inet`;
 * optionally assigned to an interface, VM interface or FHRP group (a generic relation checked
 * against the registry), optionally the NAT outside address of another IP.
 */
import { PrimaryModel, field, type FieldMap, type HookContext } from '@patchbay/core';
import { Tenant } from '@patchbay/plugin-tenancy';
import { IPAddressRoleChoices, IPAddressStatusChoices } from '../choices/addressing.js';
import { familyField, inetField } from './ip-fields.js';
import { VRF } from './vrf.js';
import { cleanIPAddress } from '../services/ip-address-rules.js';
import { cleanIPAddresses } from '../services/ip-address-batch-rules.js';
import { withMask } from '../services/ip-math.js';

/** Object types an IP may be assigned to (NetBox's IPADDRESS_ASSIGNMENT_MODELS). */
export const IPADDRESS_ASSIGNABLE_TYPES = ['dcim.interface', 'ipam.fhrpgroup', 'virtualization.vminterface'];

export class IPAddress extends PrimaryModel {
  static override tableName = 'ipam_ipaddress';
  static override label = 'ipam.ipaddress';
  static override verboseName = 'IP address';
  static override verboseNamePlural = 'IP addresses';
  static override features = ['contacts'];
  static override ordering = ['address'];
  static override fields: FieldMap = {
    family: familyField('address'),
    address: inetField({ required: true }),
    vrf: field.related(() => VRF, { nullable: true, default: null, onDelete: 'protect' }),
    tenant: field.related(() => Tenant, { nullable: true, default: null, onDelete: 'protect' }),
    status: field.choice(IPAddressStatusChoices, { default: 'active' }),
    role: field.choice(IPAddressRoleChoices, { nullable: true, default: null }),
    assigned_object_type: field.genericType({ nullable: true, default: null, allowedTypes: () => IPADDRESS_ASSIGNABLE_TYPES }),
    assigned_object_id: field.genericId({ nullable: true, default: null }),
    // Deleted with a dcim or VM interface (triggers, cascades included) and with a deleted FHRP group (signal).
    assigned_object: field.generic('assigned_object_type', 'assigned_object_id', {
      allowedTypes: () => IPADDRESS_ASSIGNABLE_TYPES, onDelete: 'cascade',
      cascadeFrom: (m) => (m.label === 'ipam.fhrpgroup' ? 'direct' : true),
    }),
    nat_inside: field.selfRelated({ nullable: true, default: null, onDelete: 'set_null' }),
    // The reverse of nat_inside (NetBox's related_name='nat_outside'): read-only, a list of brief IPs.
    nat_outside: field.many(() => IPAddress, { table: 'ipam_ipaddress', from: 'nat_inside_id', to: 'id' }, { readOnly: true }),
    dns_name: field.string({ maxLength: 255, default: '' }),
  };

  static override displayOf(row: Record<string, unknown>): string {
    return withMask(row.address) ?? String(row.id);
  }

  static override async clean(row: Record<string, unknown>, prev: Record<string, unknown> | null, ctx: HookContext) {
    await cleanIPAddress(row, prev, ctx);
  }

  // A bulk create checks all its addresses in a few statements (core's set-based create path).
  static override async cleanMany(rows: Record<string, unknown>[], ctx: HookContext) {
    return cleanIPAddresses(rows, ctx);
  }
}
