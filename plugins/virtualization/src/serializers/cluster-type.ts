import { defineSerializer, field } from '@patchbay/core';
import { ClusterType } from '../models/cluster-type.js';
import { Cluster } from '../models/cluster.js';

/** ClusterType in NetBox 4.2's key order; the brief form carries the cluster count too. */
export const clusterTypeSerializer = defineSerializer(ClusterType, {
  fields: ['id', 'url', 'display_url', 'display', 'name', 'slug', 'description', 'tags', 'custom_fields', 'created', 'last_updated', 'cluster_count'],
  brief: ['id', 'url', 'display', 'name', 'slug', 'description', 'cluster_count'],
  extraFields: { cluster_count: field.count(() => Cluster, 'type_id') },
});
