import { choice, defineFilterSet, method, relation } from '@patchbay/core';
import { contactFilters } from '@patchbay/plugin-tenancy';
import { Device } from '@patchbay/plugin-dcim';
import { ServiceProtocolChoices } from '../choices/services.js';
import { IPAddress } from '../models/ip-address.js';
import { Service } from '../models/service.js';

/** `port`: services listening on any of the given ports (NetBox's `ports__contains`). */
export const portFilter = method('number', (qb, values) => void qb.whereRaw('t.ports && ?::int[]', [values.map(Number)]), []);

/** NetBox 4.2's ServiceFilterSet (the virtual machine filters wait for the virtualization plugin). */
export const serviceFilterSet = defineFilterSet(Service, {
  fields: {
    name: 'text',
    protocol: choice(ServiceProtocolChoices),
    description: 'text',
    device: relation(() => Device, { by: 'name' }),
    ip_address: relation(() => IPAddress, {
      column: 'id', by: 'address', through: [{ table: 'ipam_service_ipaddresses', select: 'service_id', column: 'ipaddress_id' }],
    }),
    port: portFilter,
    ...contactFilters('ipam.service'),
  },
  search: ['name', 'description'],
});
