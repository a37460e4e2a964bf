/**
 * A contact assigned to any object whose model takes contacts (feature `contacts`), in a role,
 * with a priority (NetBox's ContactAssignment: change-logged, tags and custom fields).
 */
import { ChangeLoggedModel, ValidationError, featuresOf, field, type FieldMap, type ModelFeature } from '@patchbay/core';
import { ContactPriorityChoices } from '../choices.js';
import { Contact } from './contact.js';
import { ContactRole } from './contact-role.js';

export class ContactAssignment extends ChangeLoggedModel {
  static override tableName = 'tenancy_contactassignment';
  static override label = 'tenancy.contactassignment';
  static override verboseName = 'contact assignment';
  static override verboseNamePlural = 'contact assignments';
  static override features: ModelFeature[] = ['custom_fields', 'tags', 'export_templates'];
  static override ordering = ['contact', 'priority', 'role'];
  static override uniqueTogether = [
    { fields: ['object_type', 'object_id', 'contact', 'role'], message: 'The fields object_type, object_id, contact, role must make a unique set.' },
  ];
  static override fields: FieldMap = {
    object_type: field.genericType({ required: true }),
    object_id: field.genericId({ required: true, max: Number.MAX_SAFE_INTEGER }),
    // Deleted by tenancy's pre_delete signal when the object (with `contacts`) is deleted itself.
    object: field.generic('object_type', 'object_id', { onDelete: 'cascade', cascadeFrom: (m) => featuresOf(m).has('contacts') && 'direct' }),
    // NetBox: PROTECT — a contact or role in use cannot be deleted.
    contact: field.related(() => Contact, { required: true, onDelete: 'protect' }),
    // The API accepts null (the reference marks it nullable) but the model refuses it, as NetBox's full_clean does.
    role: field.related(() => ContactRole, { nullable: true, onDelete: 'protect' }),
    priority: field.choice(ContactPriorityChoices, { default: '' }),
    tags: field.tags(),
    custom_fields: field.customFields(),
  };

  static override displayOf(row: Record<string, unknown>): string {
    // NetBox shows "<contact> (<priority>) -> <object>"; a row knows only ids, so it names them.
    const priority = row.priority ? ` (${ContactPriorityChoices.label(row.priority)})` : '';
    return `Contact ${row.contact_id}${priority} -> ${row.object_type} ${row.object_id}`;
  }

  /** NetBox's model validation: a role is required. (The object type is checked by the resource, see index.ts.) */
  static override async clean(row: Record<string, unknown>) {
    if (row.role_id === null || row.role_id === undefined) throw new ValidationError({ role: ['This field cannot be null.'] });
  }
}
