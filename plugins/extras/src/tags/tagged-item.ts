/**
 * One tag applied to one object (NetBox's extras.TaggedItem), the object named by its model label.
 * Not registered as a model: it has no endpoint, no change log and no events of its own (NetBox
 * marks it private); the class exists so the tag serializer can count a tag's items.
 */
import { BaseModel, field, type FieldMap, type ModelFeature } from '@patchbay/core';

export class TaggedItem extends BaseModel {
  static override tableName = 'extras_taggeditem';
  static override label = 'extras.taggeditem';
  static override verboseName = 'tagged item';
  static override verboseNamePlural = 'tagged items';
  static override features: ModelFeature[] = [];
  static override fields: FieldMap = {
    object_type: field.string({ maxLength: 100, required: true }),
    object_id: field.integer({ required: true }),
    tag_id: field.integer({ required: true }),
  };
}
