/** A cluster type (NetBox's ClusterType): the technology of a cluster, e.g. VMware vSphere or Proxmox. */
import { OrganizationalModel } from '@patchbay/core';

export class ClusterType extends OrganizationalModel {
  static override tableName = 'virtualization_clustertype';
  static override label = 'virtualization.clustertype';
  static override verboseName = 'cluster type';
  static override verboseNamePlural = 'cluster types';
}
