import { defineFilterSet, relation } from '@patchbay/core';
import { Tenant } from '@patchbay/plugin-tenancy';
import { VirtualChassis } from '../models/virtual-chassis.js';
import { Device } from '../models/device.js';
import { siteScopeFilters } from './site-scope.js';
import { countOf, likeEscape } from '../services/device-filters.js';

/** NetBox's VirtualChassisFilterSet: the master (id or name), and site scope and tenant through the master. */
export const virtualChassisFilterSet = defineFilterSet(VirtualChassis, {
  fields: {
    name: 'text',
    domain: 'text',
    description: 'text',
    master: relation(() => Device, { by: 'name' }),
    ...siteScopeFilters('master_id', [{ table: 'dcim_device', column: 'site_id' }]),
    tenant: relation(() => Tenant, { column: 'master_id', through: [{ table: 'dcim_device', column: 'tenant_id' }] }),
    member_count: countOf('dcim_device', 'virtual_chassis_id'),
  },
  search: (qb, q) => {
    const like = `%${likeEscape(q)}%`;
    qb.where((w) => w
      .orWhere('t.name', 'ilike', like)
      .orWhere('t.domain', 'ilike', like)
      .orWhere('t.description', 'ilike', like)
      .orWhereIn('t.id', (s) => s.select('virtual_chassis_id').from('dcim_device').where('name', 'ilike', like).whereNotNull('virtual_chassis_id')));
  },
});
