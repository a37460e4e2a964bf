/**
 * One rule of a VLAN translation policy (NetBox 4.2's VLANTranslationRule): local VID → remote VID,
 * each unique within the policy. Deleted with its policy. Shown with the policy as a bare id.
 */
import { NetBoxModel, field, type FieldMap } from '@patchbay/core';
import { VLANTranslationPolicy } from './vlan-translation-policy.js';

export class VLANTranslationRule extends NetBoxModel {
  static override tableName = 'ipam_vlantranslationrule';
  static override label = 'ipam.vlantranslationrule';
  static override verboseName = 'VLAN translation rule';
  static override verboseNamePlural = 'VLAN translation rules';
  static override ordering = ['policy', 'local_vid'];
  static override uniqueTogether = [
    { fields: ['policy', 'local_vid'], message: 'VLAN translation rule with this Policy and Local VLAN ID already exists.' },
    { fields: ['policy', 'remote_vid'], message: 'VLAN translation rule with this Policy and Remote VLAN ID already exists.' },
  ];
  static override fields: FieldMap = {
    // NetBox's rule serializer shows the policy as its primary key, not a nested object.
    policy: field.related(() => VLANTranslationPolicy, { required: true, onDelete: 'cascade', render: (v) => Number(v) }),
    local_vid: field.integer({ required: true, min: 1, max: 4094 }),
    remote_vid: field.integer({ required: true, min: 1, max: 4094 }),
    description: field.string({ maxLength: 200, default: '' }),
  };

  static override displayOf(row: Record<string, unknown>): string {
    return `${row.local_vid} -> ${row.remote_vid}`;
  }
}
