/**
 * IPAM is large, so its declarations are grouped by area (numbering, vlans, addressing, services,
 * allocation); `src/index.ts` concatenates the areas in dependency order. Each area is an
 * explicit list: nothing registers itself on import and no folder is scanned.
 */
import type { ChoiceSet, ModelClass, Migration, PluginExtensions, PluginContext, ResourceDefinition, RouteDefinition, SearchIndex, Widget } from '@patchbay/core';

export interface IpamArea {
  models: ModelClass[];
  resources: ResourceDefinition[];
  routes?: RouteDefinition[];
  searchIndexes?: SearchIndex[];
  choices?: ChoiceSet[];
  widgets?: Widget[];
  /** Migration names carry the area's timestamp range, so areas migrate in dependency order. */
  migrations: Record<string, Migration>;
  /** Fields this area adds to other plugins' serializers (tenant counts, interface VLANs, device primary IPs…). */
  serializerFields?: NonNullable<PluginExtensions['serializerFields']>;
  /** Filters this area adds to other plugins' filter sets. */
  filters?: NonNullable<PluginExtensions['filters']>;
  /** Signal listeners (e.g. validating fields added to other plugins' models), run at plugin setup. */
  setup?: (ctx: PluginContext) => Promise<void> | void;
}
