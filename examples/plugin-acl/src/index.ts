/**
 * An example third-party plugin, modelled on the well-known netbox-acls plugin: access lists and
 * their rules, mounted at /api/plugins/acl/. It uses only @patchbay/core's public API.
 */
import { definePlugin, defineResource, ValidationError } from '@patchbay/core';
import { AccessList } from './models/access-list.js';
import { AccessListRule } from './models/access-list-rule.js';
import { accessListSerializer } from './serializers/access-list.js';
import { accessListRuleSerializer } from './serializers/access-list-rule.js';
import { accessListFilterSet } from './filters/access-list.js';
import { accessListRuleFilterSet } from './filters/access-list-rule.js';
import { AccessListActionChoices, AccessListProtocolChoices, AccessListRuleActionChoices, AccessListTypeChoices } from './choices.js';
import { createAclTables } from './migrations/20260101000000_create_acl_tables.js';
import { renumberRoute } from './routes/renumber.js';
import { searchIndexes } from './search.js';
import { rulesRenumbered } from './events.js';
import { aclSummaryWidget } from './widgets.js';

export { AccessList, AccessListRule };

export const aclPlugin = definePlugin({
  name: 'acl',
  version: '1.0.0',
  description: 'Access lists and access list rules (an example plugin).',
  author: 'Patchbay',
  compatibility: '>=0.1.0 <1.0.0',
  mount: 'acl',
  settings: {
    // Which object types an access list may be assigned to (netbox-acls: devices, virtual chassis, VMs).
    defaults: { assignable_types: ['dcim.device', 'dcim.virtualchassis', 'virtualization.virtualmachine'] },
  },
  models: [AccessList, AccessListRule],
  resources: [
    defineResource({ slug: 'access-lists', model: AccessList, serializer: accessListSerializer, filterSet: accessListFilterSet }),
    defineResource({ slug: 'access-list-rules', model: AccessListRule, serializer: accessListRuleSerializer, filterSet: accessListRuleFilterSet }),
  ],
  routes: [renumberRoute],
  searchIndexes,
  eventTypes: [rulesRenumbered],
  widgets: [aclSummaryWidget],
  choices: [AccessListTypeChoices, AccessListActionChoices, AccessListRuleActionChoices, AccessListProtocolChoices],
  migrations: { '20260101000000_create_acl_tables': createAclTables },
  setup({ signals, settings }) {
    const assignable = settings.assignable_types as string[];
    // The assignable types are operator policy, so they are checked here rather than in the model.
    signals.on('pre_save', ({ row }) => {
      const type = row.assigned_object_type as string | null;
      if (type && !assignable.includes(type))
        throw new ValidationError({ assigned_object_type: [`Access lists cannot be assigned to ${type} (allowed: ${assignable.join(', ')}).`] });
    }, { model: AccessList.label });
  },
});

export default aclPlugin;
