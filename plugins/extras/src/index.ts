/**
 * @patchbay/plugin-extras — NetBox's extras app: tags, custom fields and choice sets, custom links,
 * export templates, saved filters, journal entries, bookmarks, image attachments, config contexts
 * and config templates. It fills core's extension points (the tags and custom-fields providers,
 * list parameters), so every model of every plugin — third-party ones included — gets them.
 */
import { definePlugin, type PluginExtensions } from '@patchbay/core';
import type { ExtrasArea } from './areas/area.js';
import { tags } from './areas/tags.js';
import { customFields } from './areas/custom-fields.js';
import { content } from './areas/content.js';
import { journal } from './areas/journal.js';
import { config } from './areas/config.js';
import { CONTENT_SETTINGS } from './content/services/settings.js';

/** In dependency order: each area's tables may point at the areas before it. */
const areas: ExtrasArea[] = [tags, customFields, content, journal, config];

/** Concatenates the areas' contributions to each extension point. */
function mergeExtends(list: ExtrasArea[]): PluginExtensions {
  const out: Record<string, unknown[]> = {};
  for (const area of list)
    for (const [key, value] of Object.entries(area.extends ?? {})) out[key] = [...(out[key] ?? []), ...(value as unknown[])];
  return out as PluginExtensions;
}

export const extrasPlugin = definePlugin({
  name: 'extras',
  version: '0.1.0',
  description: 'Tags, custom fields, custom links, export templates, saved filters, journal, config contexts and templates.',
  author: 'Patchbay',
  compatibility: '>=0.1.0 <1.0.0',
  dependsOn: ['tenancy', 'dcim', 'virtualization'],
  mount: 'extras',
  // Operators override these under pluginsConfig.extras (docs/operators.md).
  settings: { defaults: { ...CONTENT_SETTINGS } },
  models: areas.flatMap((a) => a.models),
  resources: areas.flatMap((a) => a.resources),
  routes: areas.flatMap((a) => a.routes ?? []),
  searchIndexes: areas.flatMap((a) => a.searchIndexes ?? []),
  choices: areas.flatMap((a) => a.choices ?? []),
  widgets: areas.flatMap((a) => a.widgets ?? []),
  migrations: Object.assign({}, ...areas.map((a) => a.migrations)),
  extends: mergeExtends(areas),
  async setup(ctx) {
    for (const area of areas) await area.setup?.(ctx);
  },
});

export default extrasPlugin;
