/** An access list, assigned to any object through a generic relation (a device, a VM…). */
import { PrimaryModel, field, type FieldMap } from '@patchbay/core';
import { AccessListActionChoices, AccessListTypeChoices } from '../choices.js';

export class AccessList extends PrimaryModel {
  static override tableName = 'netbox_acls_accesslist';
  static override label = 'acl.accesslist';
  static override verboseName = 'access list';
  static override verboseNamePlural = 'access lists';
  static override ordering = ['name'];
  static override uniqueTogether = [
    { fields: ['assigned_object_type', 'assigned_object_id', 'name'], message: 'An access list with this name is already assigned to this object.' },
  ];
  static override fields: FieldMap = {
    name: field.string({ maxLength: 500, required: true }),
    assigned_object_type: field.genericType({ nullable: true }),
    assigned_object_id: field.genericId({ nullable: true }),
    assigned_object: field.generic('assigned_object_type', 'assigned_object_id'),
    type: field.choice(AccessListTypeChoices, { required: true }),
    default_action: field.choice(AccessListActionChoices, { default: 'deny' }),
  };
}
