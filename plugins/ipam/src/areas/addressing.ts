/**
 * The addressing area of IPAM (see area.ts): prefixes, IP ranges and IP addresses — the Postgres
 * `cidr`/`inet` core of IPAM, with the hierarchy, uniqueness and utilisation math in SQL.
 */
import { defineResource, defineSearchIndex, field } from '@patchbay/core';
import type { IpamArea } from './area.js';
import { Prefix } from '../models/prefix.js';
import { IPRange } from '../models/ip-range.js';
import { IPAddress } from '../models/ip-address.js';
import { prefixSerializer } from '../serializers/prefix.js';
import { ipRangeSerializer } from '../serializers/ip-range.js';
import { ipAddressSerializer } from '../serializers/ip-address.js';
import { prefixFilterSet } from '../filters/prefix.js';
import { ipRangeFilterSet } from '../filters/ip-range.js';
import { ipAddressFilterSet } from '../filters/ip-address.js';
import { IPAddressRoleChoices, IPAddressStatusChoices, IPRangeStatusChoices, PrefixStatusChoices } from '../choices/addressing.js';
import { rangeSize } from '../services/ip-range-rules.js';
import { createAddressingTables } from '../migrations/20260303000300_create_addressing_tables.js';

export const addressing: IpamArea = {
  models: [Prefix, IPRange, IPAddress],
  resources: [
    defineResource({ slug: 'prefixes', model: Prefix, serializer: prefixSerializer, filterSet: prefixFilterSet }),
    defineResource({
      slug: 'ip-ranges', model: IPRange, serializer: ipRangeSerializer, filterSet: ipRangeFilterSet,
      hooks: {
        // NetBox's IPRange.save(): the number of addresses, from the ends as they will be stored.
        async beforeSave({ parsed, prev }) {
          const merged = { ...(prev ?? {}), ...parsed.values };
          const size = rangeSize(merged.start_address, merged.end_address);
          if (size !== null) parsed.values.size = size;
          else if (!prev) parsed.values.size = 0; // clean() rejects the row before it is stored
        },
      },
    }),
    defineResource({
      slug: 'ip-addresses', model: IPAddress, serializer: ipAddressSerializer, filterSet: ipAddressFilterSet,
      hooks: {
        // NetBox's IPAddress.save(): DNS names are stored lower-case.
        async beforeSave({ parsed }) {
          if (typeof parsed.values.dns_name === 'string') parsed.values.dns_name = parsed.values.dns_name.toLowerCase();
        },
      },
    }),
  ],
  searchIndexes: [
    defineSearchIndex(Prefix, { fields: { prefix: 110, description: 500, comments: 5000 }, display: ['scope', 'vrf', 'tenant', 'vlan', 'status', 'role', 'description'] }),
    defineSearchIndex(IPRange, { fields: { start_address: 100, end_address: 300, description: 500, comments: 5000 }, display: ['vrf', 'tenant', 'status', 'role', 'description'] }),
    defineSearchIndex(IPAddress, { fields: { address: 100, dns_name: 300, description: 500, comments: 5000 }, display: ['vrf', 'tenant', 'status', 'role', 'description'] }),
  ],
  choices: [PrefixStatusChoices, IPRangeStatusChoices, IPAddressStatusChoices, IPAddressRoleChoices],
  migrations: { '20260303000300_create_addressing_tables': createAddressingTables },
  // The reference's positions: Tenant and Site counts in alphabetical order, Interface's after last_updated.
  serializerFields: [
    { model: 'tenancy.tenant', name: 'ipaddress_count', spec: field.count(() => IPAddress, 'tenant_id'), after: 'device_count' },
    { model: 'tenancy.tenant', name: 'prefix_count', spec: field.count(() => Prefix, 'tenant_id'), after: 'ipaddress_count' },
    { model: 'dcim.site', name: 'prefix_count', spec: field.count(() => Prefix, '_site_id'), after: 'device_count' },
    // NetBox counts the prefixes cached under each region, site group and location (not their subtrees).
    { model: 'dcim.region', name: 'prefix_count', spec: field.count(() => Prefix, '_region_id'), after: 'site_count' },
    { model: 'dcim.sitegroup', name: 'prefix_count', spec: field.count(() => Prefix, '_site_group_id'), after: 'site_count' },
    { model: 'dcim.location', name: 'prefix_count', spec: field.count(() => Prefix, '_location_id'), after: 'device_count' },
    {
      model: 'dcim.interface', name: 'count_ipaddresses',
      spec: field.count(() => IPAddress, 'assigned_object_id', { where: { assigned_object_type: 'dcim.interface' } }), after: 'last_updated',
    },
  ],
  // Deletes recount the hierarchy in a trigger (see the migration), so cascades are covered too.
};
