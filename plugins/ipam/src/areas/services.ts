/**
 * The services area of IPAM (see area.ts): FHRP groups and their interface assignments, service
 * templates and services; plus a DCIM interface's `count_fhrp_groups`.
 */
import { defineResource, defineSearchIndex, field } from '@patchbay/core';
import type { IpamArea } from './area.js';
import { FHRPGroup } from '../models/fhrp-group.js';
import { FHRPGroupAssignment } from '../models/fhrp-group-assignment.js';
import { ServiceTemplate } from '../models/service-template.js';
import { Service } from '../models/service.js';
import { fhrpGroupSerializer, withFirstIp } from '../serializers/fhrp-group.js';
import { fhrpGroupAssignmentSerializer, withAssignmentNames } from '../serializers/fhrp-group-assignment.js';
import { serviceTemplateSerializer } from '../serializers/service-template.js';
import { serviceSerializer } from '../serializers/service.js';
import { fhrpGroupFilterSet } from '../filters/fhrp-group.js';
import { fhrpGroupAssignmentFilterSet } from '../filters/fhrp-group-assignment.js';
import { serviceTemplateFilterSet } from '../filters/service-template.js';
import { serviceFilterSet } from '../filters/service.js';
import { checkServiceIps } from '../services/service-ips.js';
import { FHRPGroupAuthTypeChoices, FHRPGroupProtocolChoices, ServiceProtocolChoices } from '../choices/services.js';
import { createServiceTables } from '../migrations/20260303000400_create_service_tables.js';
import { interfaceFhrpCleanup } from '../migrations/20260303000800_interface_fhrp_cleanup.js';

export const services: IpamArea = {
  models: [FHRPGroup, FHRPGroupAssignment, ServiceTemplate, Service],
  resources: [
    defineResource({ slug: 'fhrp-groups', model: FHRPGroup, serializer: fhrpGroupSerializer, filterSet: fhrpGroupFilterSet, queryShape: withFirstIp }),
    defineResource({
      slug: 'fhrp-group-assignments', model: FHRPGroupAssignment, serializer: fhrpGroupAssignmentSerializer,
      filterSet: fhrpGroupAssignmentFilterSet, queryShape: withAssignmentNames,
    }),
    defineResource({ slug: 'service-templates', model: ServiceTemplate, serializer: serviceTemplateSerializer, filterSet: serviceTemplateFilterSet }),
    defineResource({
      slug: 'services', model: Service, serializer: serviceSerializer, filterSet: serviceFilterSet,
      hooks: {
        async beforeSave({ trx, parsed, prev }) {
          await checkServiceIps(trx, parsed.values, parsed.many, prev);
        },
      },
    }),
  ],
  // NetBox's ipam/search.py weights and display attributes.
  searchIndexes: [
    defineSearchIndex(FHRPGroup, { fields: { name: 100, group_id: 2000, description: 500, comments: 5000 }, display: ['protocol', 'auth_type', 'description'] }),
    defineSearchIndex(Service, { fields: { name: 100, description: 500, comments: 5000 }, display: ['device', 'description'] }),
    defineSearchIndex(ServiceTemplate, { fields: { name: 100, description: 500, comments: 5000 }, display: ['description'] }),
  ],
  choices: [FHRPGroupProtocolChoices, FHRPGroupAuthTypeChoices, ServiceProtocolChoices],
  migrations: {
    '20260303000400_create_service_tables': createServiceTables,
    '20260303000800_interface_fhrp_cleanup': interfaceFhrpCleanup,
  },
  serializerFields: [
    {
      model: 'dcim.interface', name: 'count_fhrp_groups', after: ['count_ipaddresses', 'last_updated'],
      spec: field.count(() => FHRPGroupAssignment, 'interface_id', { where: { interface_type: 'dcim.interface' } }),
    },
  ],
  setup(ctx) {
    // NetBox's generic relations: a group takes its virtual IPs with it. (Interfaces' and VM
    // interfaces' FHRP assignments and IPs go by triggers, which also cover cascades.)
    ctx.signals.on('pre_delete', async ({ row, trx }) => {
      await trx('ipam_ipaddress').where({ assigned_object_type: FHRPGroup.label, assigned_object_id: row.id as number }).delete();
    }, { model: FHRPGroup.label });
  },
};
