/**
 * An export template (NetBox's ExportTemplate): Jinja code rendered over a list of objects, served
 * by `?export=<name>` on the list endpoint of any of its object types. Patchbay has no data
 * sources, so `data_source`/`data_file`/`data_synced` always read null and `data_path` ''.
 */
import { ChangeLoggedModel, ValidationError, field, type FieldMap, type ModelFeature } from '@patchbay/core';
import { objectTypesField } from '../object-types.js';
import { templateField } from '../template-field.js';

export class ExportTemplate extends ChangeLoggedModel {
  static override tableName = 'extras_exporttemplate';
  static override label = 'extras.exporttemplate';
  static override verboseName = 'export template';
  static override verboseNamePlural = 'export templates';
  static override features: ModelFeature[] = ['export_templates', 'synced_data'];
  static override ordering = ['name'];
  static override fields: FieldMap = {
    object_types: objectTypesField('extras_exporttemplate_object_types', 'exporttemplate_id'),
    name: field.string({ maxLength: 100, required: true }),
    description: field.string({ maxLength: 200, default: '' }),
    template_code: templateField({
      required: true,
      description: 'Jinja2 template code. The list of objects being exported is passed as a context variable named <code>queryset</code>.',
    }),
    mime_type: field.string({ maxLength: 50, default: '', description: 'Defaults to <code>text/plain; charset=utf-8</code>' }),
    file_extension: field.string({ maxLength: 15, default: '', description: 'Extension to append to the rendered filename' }),
    as_attachment: field.boolean({ default: true, description: 'Download file as attachment' }),
    data_source: field.computed(() => null, { nullable: true, schema: { type: 'object', nullable: true } }),
    data_path: field.computed(() => '', { schema: { type: 'string' }, description: 'Path to remote file (relative to data source root)' }),
    data_file: field.computed(() => null, { nullable: true, schema: { type: 'object', nullable: true } }),
    data_synced: field.computed(() => null, { nullable: true, schema: { type: 'string', format: 'date-time', nullable: true } }),
  };

  static override displayOf(row: Record<string, unknown>): string {
    return String(row.name ?? row.id);
  }

  /** NetBox's ExportTemplate.clean(): "table" names the built-in table export. */
  static override async clean(row: Record<string, unknown>): Promise<void> {
    const name = String(row.name ?? '');
    if (name.toLowerCase() === 'table') throw ValidationError.field('name', `"${name}" is a reserved name. Please choose a different name.`);
  }
}
