import { defineFilterSet, method, relation, type Knex } from '@patchbay/core';
import { FHRPGroup } from '../models/fhrp-group.js';
import { FHRPGroupAssignment } from '../models/fhrp-group-assignment.js';

/** `device` (names) / `device_id`: assignments of the interfaces of those devices. */
const deviceFilter = (by: 'id' | 'name') => method(by === 'id' ? 'number' : 'text', (qb, values) => {
  qb.where('t.interface_type', 'dcim.interface').whereIn('t.interface_id', (sub: Knex.QueryBuilder) => sub
    .select('i.id').from('dcim_interface as i')
    .whereIn('i.device_id', (d: Knex.QueryBuilder) => d.select('id').from('dcim_device').whereIn(by, values as string[])));
}, []);

/** NetBox's FHRPGroupAssignmentFilterSet (the virtual machine filters wait for the virtualization plugin). */
export const fhrpGroupAssignmentFilterSet = defineFilterSet(FHRPGroupAssignment, {
  fields: {
    group: relation(() => FHRPGroup, { by: false }),
    interface_type: 'text',
    interface_id: 'number',
    priority: 'number',
    device: deviceFilter('name'),
    device_id: deviceFilter('id'),
  },
});
