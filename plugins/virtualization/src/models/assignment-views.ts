/**
 * Read-only views of what is assigned to VM interfaces through generic relations (IP addresses,
 * FHRP group assignments), so the serializer can count them per interface with core's batched
 * count — one grouped query per page — without counting another type's rows of the same id.
 * Not registered models: nothing lists or writes them.
 */
import { BaseModel } from '@patchbay/core';

export class VMInterfaceIPAddress extends BaseModel {
  static override tableName = 'virtualization_vminterface_ipaddresses';
  static override label = 'virtualization.vminterfaceipaddress';
}

export class VMInterfaceFHRPAssignment extends BaseModel {
  static override tableName = 'virtualization_vminterface_fhrpgroupassignments';
  static override label = 'virtualization.vminterfacefhrpassignment';
}
