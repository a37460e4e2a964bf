/** The core app's models: object types (every registered model) and the change log. */
import { BaseModel, type FieldMap } from '../../models/base-model.js';
import { field } from '../../models/fields.js';
import { defineChoices } from '../../choices.js';
import { User } from '../users/models.js';

export const ObjectChangeActionChoices = defineChoices('core.ObjectChange.action', [
  ['create', 'Created', 'green'],
  ['update', 'Updated', 'blue'],
  ['delete', 'Deleted', 'red'],
]);

/** One row per registered model (NetBox's ObjectType), refreshed at every boot. */
export class ObjectType extends BaseModel {
  static override tableName = 'core_objecttype';
  static override label = 'core.objecttype';
  static override verboseName = 'object type';
  static override verboseNamePlural = 'object types';
  static override ordering = ['app_label', 'model'];
  static override features = [];
  static override fields: FieldMap = {
    app_label: field.string({ readOnly: true, maxLength: 100 }),
    model: field.string({ readOnly: true, maxLength: 100 }),
    public: field.boolean({ readOnly: true }),
    features: field.stringArray({ readOnly: true }),
  };
  static override displayOf(row: Record<string, unknown>): string {
    return `${row.app_label} | ${row.model}`;
  }
}

export class ObjectChange extends BaseModel {
  static override tableName = 'core_objectchange';
  static override label = 'core.objectchange';
  static override verboseName = 'object change';
  static override verboseNamePlural = 'object changes';
  static override ordering = ['-time'];
  static override features = [];
  static override fields: FieldMap = {
    time: field.datetime({ readOnly: true }),
    user: field.related(() => User, { readOnly: true, nullable: true }),
    user_name: field.string({ readOnly: true, maxLength: 150 }),
    request_id: field.string({ readOnly: true }),
    action: field.choice(ObjectChangeActionChoices, { readOnly: true }),
    changed_object_type: field.string({ readOnly: true }),
    changed_object_id: field.integer({ readOnly: true }),
    changed_object: field.generic('changed_object_type', 'changed_object_id'),
    related_object_type: field.string({ readOnly: true, nullable: true }),
    related_object_id: field.integer({ readOnly: true, nullable: true }),
    object_repr: field.string({ readOnly: true }),
    message: field.string({ readOnly: true }),
    prechange_data: field.json({ readOnly: true }),
    postchange_data: field.json({ readOnly: true }),
  };
  static override displayOf(row: Record<string, unknown>): string {
    return `${row.object_repr} ${row.action === 'create' ? 'created' : row.action === 'update' ? 'updated' : 'deleted'}`;
  }
}
