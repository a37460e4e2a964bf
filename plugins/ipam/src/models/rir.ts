/** A Regional Internet Registry (NetBox's RIR): ARIN, RIPE, or RFC 1918 for private space. */
import { OrganizationalModel, field, type FieldMap } from '@patchbay/core';

export class RIR extends OrganizationalModel {
  static override tableName = 'ipam_rir';
  static override label = 'ipam.rir';
  static override verboseName = 'RIR';
  static override verboseNamePlural = 'RIRs';
  static override fields: FieldMap = {
    is_private: field.boolean({ default: false }),
  };
}
