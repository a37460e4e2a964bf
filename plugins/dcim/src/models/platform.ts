/** A software platform (an OS); optionally tied to the manufacturer whose devices run it. */
import { OrganizationalModel, field, type FieldMap } from '@patchbay/core';
import { Manufacturer } from './manufacturer.js';

export class Platform extends OrganizationalModel {
  static override tableName = 'dcim_platform';
  static override label = 'dcim.platform';
  static override verboseName = 'platform';
  static override verboseNamePlural = 'platforms';
  static override fields: FieldMap = {
    // NetBox: nullable but PROTECT — a manufacturer with platforms cannot be deleted.
    manufacturer: field.related(() => Manufacturer, { nullable: true, default: null, onDelete: 'protect' }),
  };
}
