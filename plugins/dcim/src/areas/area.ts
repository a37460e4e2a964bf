/**
 * DCIM is large, so its declarations are grouped by area (organisation, device types, racks,
 * devices, components); `src/index.ts` concatenates the areas in dependency order. Each area is
 * still an explicit list: nothing registers itself on import and no folder is scanned.
 */
import type { ChoiceSet, ModelClass, Migration, PluginContext, PluginExtensions, ResourceDefinition, RouteDefinition, SearchIndex, Widget } from '@patchbay/core';

export interface DcimArea {
  models: ModelClass[];
  resources: ResourceDefinition[];
  routes?: RouteDefinition[];
  searchIndexes?: SearchIndex[];
  choices?: ChoiceSet[];
  widgets?: Widget[];
  /** Migration names carry the area's timestamp range, so areas migrate in dependency order. */
  migrations: Record<string, Migration>;
  /** Fields this area adds to other plugins' serializers (e.g. tenant counts). */
  serializerFields?: NonNullable<PluginExtensions['serializerFields']>;
  /** Filters this area adds to filter sets (its own models' or other plugins'). */
  filters?: NonNullable<PluginExtensions['filters']>;
  /** Runs in the plugin's setup (signal subscriptions). */
  setup?: (ctx: PluginContext) => void;
}
