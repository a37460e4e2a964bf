/** A tag (NetBox's extras.Tag): a coloured label, optionally restricted to some object types. */
import {
  ChangeLoggedModel, FieldValueError, ObjectType, ValidationError, field, type FieldMap, type FieldSpec, type HookContext, type ModelFeature,
} from '@patchbay/core';

/** NetBox's ColorField: six lowercase hex digits, grey (9e9e9e) by default. */
function colorField(): FieldSpec {
  const base = field.string({ maxLength: 6, default: '9e9e9e', schema: { type: 'string', pattern: '^[0-9a-f]{6}$', maxLength: 6 } });
  return {
    ...base,
    parse(value) {
      const v = base.parse!(value);
      if (v === '') throw new FieldValueError(['This field may not be blank.']);
      if (typeof v === 'string' && !/^[0-9a-f]{6}$/.test(v)) throw new FieldValueError(['Enter a valid hexadecimal RGB color code.']);
      return v;
    },
  };
}

/** Join table of a tag's object-type restriction (NetBox's extras_tag_object_types). */
export const TAG_OBJECT_TYPES = { table: 'extras_tag_object_types', from: 'tag_id', to: 'objecttype_id' } as const;

export class Tag extends ChangeLoggedModel {
  static override tableName = 'extras_tag';
  static override label = 'extras.tag';
  static override verboseName = 'tag';
  static override verboseNamePlural = 'tags';
  // NetBox 4.2: CloningMixin, ExportTemplatesMixin, ChangeLoggedModel.
  static override features: ModelFeature[] = ['export_templates'];
  static override ordering = ['name'];
  static override fields: FieldMap = {
    name: field.string({ maxLength: 100, required: true, unique: true }),
    slug: field.slug({ unique: true }),
    color: colorField(),
    description: field.string({ maxLength: 200, default: '' }),
    // Written and shown as "app.model" labels (object-types.ts turns written labels into ids).
    object_types: field.many(() => ObjectType, TAG_OBJECT_TYPES, {
      schema: { type: 'array', items: { type: 'string' } },
      render: (list) => (list as { app_label: string; model: string }[]).map((o) => `${o.app_label}.${o.model}`),
    }),
  };

  /** NetBox's collations make tag names and slugs unique regardless of case ("Core" and "core" collide). */
  static override async clean(row: Record<string, unknown>, prev: Record<string, unknown> | null, { trx }: HookContext): Promise<void> {
    const errors: Record<string, string[]> = {};
    for (const name of ['name', 'slug'] as const) {
      if (typeof row[name] !== 'string' || (prev && prev[name] === row[name])) continue;
      const qb = trx(Tag.tableName).select('id').whereRaw('lower(??) = lower(?)', [name, row[name] as string]);
      if (prev) qb.whereNot('id', prev.id as number);
      if (await qb.first()) errors[name] = [`tag with this ${name} already exists.`];
    }
    if (Object.keys(errors).length) throw new ValidationError(errors);
  }
}
