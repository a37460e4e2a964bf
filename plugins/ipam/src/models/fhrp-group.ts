/**
 * A group of first-hop redundancy peers (NetBox's FHRPGroup: VRRP, HSRP…). Its virtual IP
 * addresses are IP addresses assigned to it (`assigned_object_type = 'ipam.fhrpgroup'`), read
 * through the `ipam_fhrpgroup_ipaddresses` view; interfaces join it through assignments.
 */
import { PrimaryModel, field, type FieldMap, type FieldSpec } from '@patchbay/core';
import { FHRPGroupAuthTypeChoices, FHRPGroupProtocolChoices } from '../choices/services.js';
import { IPAddress } from './ip-address.js';

/** A choice NetBox's FHRPGroupSerializer shows as its bare value (a plain model field, not a ChoiceField). */
function plainChoice(spec: FieldSpec): FieldSpec {
  return { ...spec, render: (v) => (v === undefined || v === '' ? null : v), schema: { type: 'string', nullable: Boolean(spec.nullable) } };
}

export class FHRPGroup extends PrimaryModel {
  static override tableName = 'ipam_fhrpgroup';
  static override label = 'ipam.fhrpgroup';
  static override verboseName = 'FHRP group';
  static override verboseNamePlural = 'FHRP groups';
  static override ordering = ['protocol', 'group_id', 'id'];
  static override fields: FieldMap = {
    name: field.string({ maxLength: 100, default: '' }),
    protocol: plainChoice(field.choice(FHRPGroupProtocolChoices, { required: true })),
    // PositiveSmallIntegerField.
    group_id: field.integer({ min: 0, max: 32767, required: true }),
    auth_type: plainChoice(field.choice(FHRPGroupAuthTypeChoices, { nullable: true, default: null })),
    auth_key: field.string({ maxLength: 255, default: '' }),
    ip_addresses: field.many(() => IPAddress, { table: 'ipam_fhrpgroup_ipaddresses', from: 'fhrpgroup_id', to: 'ipaddress_id' }, { readOnly: true }),
  };

  /** NetBox's `{name} {protocol}: {group_id} ({first IP})`; the first IP comes from the resource's queryShape when read. */
  static override displayOf(row: Record<string, unknown>): string {
    const name = row.name ? `${row.name} ` : '';
    const text = `${name}${FHRPGroupProtocolChoices.label(row.protocol) || String(row.protocol)}: ${row.group_id}`;
    return row._first_ip ? `${text} (${row._first_ip})` : text;
  }
}
