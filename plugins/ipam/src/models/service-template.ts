/** A template of a layer-4 service (NetBox's ServiceTemplate): name unique, protocol, ports. */
import { PrimaryModel, field, type FieldMap } from '@patchbay/core';
import { serviceBaseFields, serviceDisplay } from './service-base.js';

export class ServiceTemplate extends PrimaryModel {
  static override tableName = 'ipam_servicetemplate';
  static override label = 'ipam.servicetemplate';
  static override verboseName = 'application service template';
  static override verboseNamePlural = 'application service templates';
  static override ordering = ['name'];
  static override fields: FieldMap = {
    name: field.string({ maxLength: 100, required: true, unique: true }),
    ...serviceBaseFields(),
  };

  static override displayOf(row: Record<string, unknown>): string {
    return serviceDisplay(row);
  }
}
