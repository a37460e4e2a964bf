/**
 * A cluster (NetBox 4.2's Cluster): a pool of hosts of one type, optionally in a group, scoped to a
 * region, site group, site or location (the cached `_site` etc. come from dcim's scope helper).
 * Devices join a cluster through `dcim_device.cluster_id`; virtual machines run in it.
 */
import { PrimaryModel, field, type FieldMap, type HookContext, type ModelFeature } from '@patchbay/core';
import { Tenant } from '@patchbay/plugin-tenancy';
import { scopeFields, syncScope } from '@patchbay/plugin-dcim';
import { ClusterStatusChoices } from '../choices.js';
import { ClusterType } from './cluster-type.js';
import { ClusterGroup } from './cluster-group.js';
import { cleanCluster } from '../services/cluster-rules.js';

export class Cluster extends PrimaryModel {
  static override tableName = 'virtualization_cluster';
  static override label = 'virtualization.cluster';
  static override verboseName = 'cluster';
  static override verboseNamePlural = 'clusters';
  static override features: ModelFeature[] = ['contacts'];
  static override ordering = ['name'];
  static override uniqueTogether = [
    // (_site, name) is checked in clean(): the cached site is only written after the save.
    { fields: ['group', 'name'], message: 'The fields group, name must make a unique set.' },
  ];
  static override fields: FieldMap = {
    name: field.string({ maxLength: 100, required: true }),
    type: field.related(() => ClusterType, { required: true, onDelete: 'protect' }),
    group: field.related(() => ClusterGroup, { nullable: true, default: null, onDelete: 'protect' }),
    status: field.choice(ClusterStatusChoices, { default: 'active' }),
    tenant: field.related(() => Tenant, { nullable: true, default: null, onDelete: 'protect' }),
    ...scopeFields(),
  };

  /** NetBox's Cluster.clean(): host devices must sit in the new scope's site (and location). */
  static override async clean(row: Record<string, unknown>, prev: Record<string, unknown> | null, ctx: HookContext): Promise<void> {
    await cleanCluster(row, prev, ctx);
  }

  static override async afterSave(row: Record<string, unknown>, prev: Record<string, unknown> | null, ctx: HookContext): Promise<void> {
    await syncScope(ctx.trx, Cluster, row, prev);
  }
}
