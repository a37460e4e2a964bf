import { choice, defineFilterSet } from '@patchbay/core';
import { tenancyFilters } from '@patchbay/plugin-tenancy';
import { VirtualDeviceContext } from '../models/virtual-device-context.js';
import { VirtualDeviceContextStatusChoices } from '../choices.js';
import { idColumn, idsVia, likeEscape } from '../services/device-filters.js';

/** NetBox's VirtualDeviceContextFilterSet without the primary-IP filters (IPAM issue). */
export const virtualDeviceContextFilterSet = defineFilterSet(VirtualDeviceContext, {
  fields: {
    name: 'text',
    identifier: 'number',
    description: 'text',
    status: choice(VirtualDeviceContextStatusChoices),
    // NetBox's `device` and `device_id` both take device ids.
    device: idColumn('device_id'),
    device_id: idColumn('device_id'),
    interface_id: idsVia((q, ids) => void q.select('virtualdevicecontext_id').from('dcim_interface_vdcs').whereIn('interface_id', ids as number[])),
    ...tenancyFilters,
  },
  search: (qb, q) => {
    const like = `%${likeEscape(q)}%`;
    qb.where((w) => {
      w.orWhere('t.name', 'ilike', like).orWhere('t.description', 'ilike', like);
      if (/^\d{1,5}$/.test(q)) w.orWhere('t.identifier', Number(q));
    });
  },
});
