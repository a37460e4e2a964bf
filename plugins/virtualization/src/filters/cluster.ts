import { choice, defineFilterSet, relation } from '@patchbay/core';
import { contactFilters, tenancyFilters } from '@patchbay/plugin-tenancy';
import { scopeFilters } from '@patchbay/plugin-dcim';
import { Cluster } from '../models/cluster.js';
import { ClusterType } from '../models/cluster-type.js';
import { ClusterGroup } from '../models/cluster-group.js';
import { ClusterStatusChoices } from '../choices.js';

/** NetBox 4.2's ClusterFilterSet: type, group, status, scope (through the cached columns), tenancy, contacts. */
export const clusterFilterSet = defineFilterSet(Cluster, {
  fields: {
    name: 'text',
    description: 'text',
    type: relation(() => ClusterType),
    group: relation(() => ClusterGroup),
    status: choice(ClusterStatusChoices),
    scope_type: 'text',
    scope_id: 'number',
    ...scopeFilters(),
    ...tenancyFilters,
    ...contactFilters('virtualization.cluster'),
  },
  search: ['name', 'description', 'comments'],
});
