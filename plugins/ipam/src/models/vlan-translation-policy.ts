/** A VLAN translation policy (NetBox 4.2): a named set of local→remote VID rules an interface can apply. */
import { PrimaryModel, field, type FieldMap } from '@patchbay/core';

export class VLANTranslationPolicy extends PrimaryModel {
  static override tableName = 'ipam_vlantranslationpolicy';
  static override label = 'ipam.vlantranslationpolicy';
  static override verboseName = 'VLAN translation policy';
  static override verboseNamePlural = 'VLAN translation policies';
  static override ordering = ['name'];
  static override fields: FieldMap = {
    name: field.string({ maxLength: 100, required: true, unique: true }),
  };
}
