/**
 * An interface's membership of an FHRP group, with its priority (NetBox's FHRPGroupAssignment):
 * a generic link to a dcim.interface or a virtualization.vminterface; each interface joins a
 * group once. Change-logged only (no tags or custom fields), as in NetBox.
 */
import { ChangeLoggedModel, field, type FieldMap } from '@patchbay/core';
import { FHRPGroup } from './fhrp-group.js';

/** Interface models an FHRP group may be assigned to (those registered are accepted). */
export const FHRP_INTERFACE_TYPES = ['dcim.interface', 'virtualization.vminterface'];

export class FHRPGroupAssignment extends ChangeLoggedModel {
  static override tableName = 'ipam_fhrpgroupassignment';
  static override label = 'ipam.fhrpgroupassignment';
  static override verboseName = 'FHRP group assignment';
  static override verboseNamePlural = 'FHRP group assignments';
  static override ordering = ['-priority', 'id'];
  static override uniqueTogether = [
    { fields: ['interface_type', 'interface_id', 'group'], message: 'The fields interface_type, interface_id, group must make a unique set.' },
  ];
  static override fields: FieldMap = {
    group: field.related(() => FHRPGroup, { required: true, onDelete: 'cascade' }),
    interface_type: field.genericType({ required: true, allowedTypes: () => FHRP_INTERFACE_TYPES }),
    interface_id: field.genericId({ required: true }),
    // Deleted by ipam's pre_delete signals on the interface models.
    interface: field.generic('interface_type', 'interface_id', { allowedTypes: () => FHRP_INTERFACE_TYPES, onDelete: 'cascade' }),
    // NetBox's FHRPGROUPASSIGNMENT_PRIORITY_MIN/MAX.
    priority: field.integer({ min: 0, max: 255, required: true }),
  };

  /** NetBox's `{interface}: {group} ({priority})`; names come from the resource's queryShape when read. */
  static override displayOf(row: Record<string, unknown>): string {
    const iface = row._interface_name ?? `${row.interface_type} ${row.interface_id}`;
    const group = row._group_display ?? `group ${row.group_id}`;
    return `${iface}: ${group} (${row.priority})`;
  }
}
