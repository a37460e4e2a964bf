/**
 * Extras is grouped by area (tags, custom fields, content, journal, config); `src/index.ts`
 * concatenates the areas in order. Each area is an explicit list: nothing registers itself on
 * import and no folder is scanned.
 */
import type { ChoiceSet, ModelClass, Migration, PluginContext, PluginExtensions, ResourceDefinition, RouteDefinition, SearchIndex, Widget } from '@patchbay/core';

export interface ExtrasArea {
  models: ModelClass[];
  resources: ResourceDefinition[];
  routes?: RouteDefinition[];
  searchIndexes?: SearchIndex[];
  choices?: ChoiceSet[];
  widgets?: Widget[];
  /** Migration names carry the area's timestamp range (2026030600xx00…), so areas migrate in order. */
  migrations: Record<string, Migration>;
  /** Contributions to core's and other plugins' extension points. */
  extends?: PluginExtensions;
  /** What declarations cannot say (signals). */
  setup?: (ctx: PluginContext) => void | Promise<void>;
}
