/**
 * A saved filter (NetBox's SavedFilter): named list parameters applied to any list of its object
 * types with `?filter=<slug>` or `?filter_id=<id>` (see ../saved-filter-parameter.ts).
 */
import { ChangeLoggedModel, FieldValueError, User, ValidationError, field, type FieldMap, type HookContext, type ModelFeature } from '@patchbay/core';
import { objectTypesField } from '../object-types.js';

/** `parameters`: a JSON object of filter parameters (NetBox's clean() wording otherwise). */
const parametersField = {
  ...field.json({ nullable: false, required: true }),
  schema: {},
  parse(value: unknown) {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
      throw new FieldValueError(['Filter parameters must be stored as a dictionary of keyword arguments.']);
    return JSON.stringify(value);
  },
};

export class SavedFilter extends ChangeLoggedModel {
  static override tableName = 'extras_savedfilter';
  static override label = 'extras.savedfilter';
  static override verboseName = 'saved filter';
  static override verboseNamePlural = 'saved filters';
  static override features: ModelFeature[] = ['export_templates'];
  static override ordering = ['weight', 'name'];
  static override fields: FieldMap = {
    object_types: objectTypesField('extras_savedfilter_object_types', 'savedfilter_id'),
    name: field.string({ maxLength: 100, required: true, unique: true }),
    slug: field.slug({ maxLength: 100, unique: true }),
    description: field.string({ maxLength: 200, default: '' }),
    // NetBox's serializer shows the user's primary key, not a nested user.
    user: field.integer({ column: 'user_id', nullable: true, default: null, min: 1, schema: { type: 'integer', nullable: true } }),
    weight: field.integer({ min: 0, max: 32767, default: 100 }),
    enabled: field.boolean({ default: true }),
    shared: field.boolean({ default: true }),
    parameters: parametersField,
  };

  static override displayOf(row: Record<string, unknown>): string {
    return String(row.name ?? row.id);
  }

  /** The user must exist (DRF's PrimaryKeyRelatedField message). */
  static override async clean(row: Record<string, unknown>, _prev: Record<string, unknown> | null, ctx: HookContext): Promise<void> {
    if (row.user_id == null) return;
    const found = await ctx.trx(User.tableName).where('id', row.user_id as number).first('id');
    if (!found) throw ValidationError.field('user', `Invalid pk "${row.user_id}" - object does not exist.`);
  }
}
