/** A cluster group (NetBox's ClusterGroup): an arbitrary grouping of clusters, e.g. by region or purpose. */
import { OrganizationalModel, type ModelFeature } from '@patchbay/core';

export class ClusterGroup extends OrganizationalModel {
  static override tableName = 'virtualization_clustergroup';
  static override label = 'virtualization.clustergroup';
  static override verboseName = 'cluster group';
  static override verboseNamePlural = 'cluster groups';
  static override features: ModelFeature[] = ['contacts'];
}
