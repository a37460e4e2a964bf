/**
 * A config template (NetBox's ConfigTemplate): Jinja code rendered with a device's or VM's config
 * context (render-config) or with any data posted to it (render). Change-logged and tagged; its
 * code is compiled on every write so a syntax error is a 400, not a failed render later.
 */
import { ChangeLoggedModel, ValidationError, field, type FieldMap, type HookContext, type ModelFeature } from '@patchbay/core';
import { validateTemplate } from '../../templating/render.js';
import { syncedDataFields } from './synced-data.js';

export class ConfigTemplate extends ChangeLoggedModel {
  static override tableName = 'extras_configtemplate';
  static override label = 'extras.configtemplate';
  static override verboseName = 'config template';
  static override verboseNamePlural = 'config templates';
  // NetBox 4.2: SyncedDataMixin, CustomLinksMixin, ExportTemplatesMixin, TagsMixin, ChangeLoggedModel.
  static override features: ModelFeature[] = ['tags', 'custom_links', 'export_templates', 'synced_data'];
  static override ordering = ['name'];
  static override fields: FieldMap = {
    name: field.string({ maxLength: 100, required: true }),
    description: field.string({ maxLength: 200, default: '' }),
    environment_params: field.json({
      nullable: true, default: () => JSON.stringify({}),
      description: 'Any additional parameters to pass when constructing the Jinja2 environment.',
    }),
    template_code: field.text({ required: true, description: 'Jinja2 template code.' }),
    ...syncedDataFields(),
    tags: field.tags(),
  };

  /** Environment parameters must be a dict (NetBox's Environment(**params)); the code must compile. */
  static override async clean(row: Record<string, unknown>, _prev: Record<string, unknown> | null, _ctx: HookContext): Promise<void> {
    const params = environmentParamsOf(row);
    if (params === undefined)
      throw ValidationError.field('environment_params', 'Environment parameters must be a JSON object.');
    const error = validateTemplate(String(row.template_code ?? ''), { environmentParams: params });
    if (error !== null) throw ValidationError.field('template_code', `Template syntax error: ${error}`);
  }
}

/** The stored environment params as a dict (null/absent → {}); undefined when they are not a dict. */
export function environmentParamsOf(row: Record<string, unknown>): Record<string, unknown> | undefined {
  const raw = typeof row.environment_params === 'string' ? JSON.parse(row.environment_params) : row.environment_params;
  if (raw === null || raw === undefined) return {};
  return typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : undefined;
}
