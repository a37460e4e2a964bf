/**
 * Write steps of journal entries and bookmarks beyond the generic parse: the author / owner
 * defaults to the request's user, and the object referred to must be of a model with the feature
 * (NetBox's ContentTypeField querysets and the models' clean()).
 */
import { NetBoxModel, ValidationError, featuresOf, type ModelClass, type Registry } from '@patchbay/core';
import type { ResourceDefinition } from '@patchbay/core';

type Hooks = NonNullable<ResourceDefinition['hooks']>;

/** Models a journal entry may be written on. */
export const journaled = (model: ModelClass) => featuresOf(model).has('journaling');

/** Models a bookmark may point at: the 'bookmarks' feature, else every NetBoxModel (NetBox's BookmarksMixin is in its feature set). */
export const bookmarkable = (model: ModelClass) => featuresOf(model).has('bookmarks') || model.prototype instanceof NetBoxModel;

/** How NetBox prints an object type in messages ("app | model"). */
const typeName = (model: ModelClass) => `${model.label.split('.')[0]} | ${model.verboseName}`;

/** NetBox's ContentTypeField: an "app.model" label of a model in `allowed` (unknown ones are "not found"). */
function checkLabel(registry: Registry, field: string, value: unknown, allowed?: (m: ModelClass) => boolean): void {
  if (value === undefined || value === null) return;
  if (typeof value !== 'string' || value.split('.').length !== 2)
    throw ValidationError.field(field, `Invalid value. Specify a content type as '<app_label>.<model_name>'.`);
  const model = registry.models.get(value);
  if (!model || (allowed && !allowed(model))) throw ValidationError.field(field, `Content type ${value} not found`);
}

export const journalEntryHooks: Hooks = {
  async prepare({ c, body, prev }) {
    checkLabel(c.registry, 'assigned_object_type', body.assigned_object_type);
    // NetBox: created_by defaults to the request's user (CurrentUserDefault), on create only.
    if (!prev && body.created_by === undefined) return { ...body, created_by: c.user?.id ?? null };
    return body;
  },
  async beforeSave({ c, trx, parsed, prev }) {
    const type = (parsed.values.assigned_object_type ?? prev?.assigned_object_type) as string | undefined;
    const id = parsed.values.assigned_object_id ?? prev?.assigned_object_id;
    const model = type ? c.registry.models.get(type) : undefined;
    if (!model || id === undefined || id === null) return;
    if ('assigned_object_type' in parsed.values && 'assigned_object_id' in parsed.values) {
      const hit = await trx(model.tableName).select('id').where('id', id as number).first();
      if (!hit) throw ValidationError.nonField(`Invalid assigned_object: ${typeName(model)} ID ${id}`);
    }
    if (!journaled(model)) throw ValidationError.nonField(`Journaling is not supported for this object type (${typeName(model)}).`);
  },
};

export const bookmarkHooks: Hooks = {
  async prepare({ c, body, prev }) {
    checkLabel(c.registry, 'object_type', body.object_type, bookmarkable);
    if (!prev && body.user === undefined) return { ...body, user: c.user?.id ?? null };
    return body;
  },
};
