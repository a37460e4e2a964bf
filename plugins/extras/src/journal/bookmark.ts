/** A user's bookmark of an object (NetBox's Bookmark): one per user and object, not change-logged. */
import { BaseModel, User, field, type FieldMap, type ModelFeature } from '@patchbay/core';

export class Bookmark extends BaseModel {
  static override tableName = 'extras_bookmark';
  static override label = 'extras.bookmark';
  static override verboseName = 'bookmark';
  static override verboseNamePlural = 'bookmarks';
  static override features: ModelFeature[] = [];
  static override ordering = ['created'];
  static override uniqueTogether = [
    { fields: ['object_type', 'object_id', 'user'], message: 'Bookmark with this Object type, Object id and User already exists.' },
  ];
  static override fields: FieldMap = {
    object_type: field.genericType({ required: true }),
    object_id: field.genericId({ required: true, max: Number.MAX_SAFE_INTEGER }),
    object: field.generic('object_type', 'object_id'),
    // Defaults to the request's user on create (write-hooks.ts), so a client may leave it out.
    user: field.related(() => User, { onDelete: 'cascade' }),
    created: field.datetime({ readOnly: true }),
  };

  /** NetBox shows the bookmarked object's name; a row only knows the object's type and id. */
  static override displayOf(row: Record<string, unknown>): string {
    return `${row.object_type} ${row.object_id}`;
  }
}
