import { choice, defineFilterSet, relation } from '@patchbay/core';
import { contactFilters, tenancyFilters } from '@patchbay/plugin-tenancy';
import { Site } from '../models/site.js';
import { Region } from '../models/region.js';
import { SiteGroup } from '../models/site-group.js';
import { SiteStatusChoices } from '../choices.js';

/** NetBox's SiteFilterSet (without the IPAM `asn` filters): region and group match whole subtrees. */
export const siteFilterSet = defineFilterSet(Site, {
  fields: {
    name: 'text',
    slug: 'text',
    facility: 'text',
    description: 'text',
    latitude: 'number',
    longitude: 'number',
    status: choice(SiteStatusChoices),
    region: relation(() => Region, { tree: true }),
    group: relation(() => SiteGroup, { tree: true }),
    time_zone: 'text',
    ...tenancyFilters,
    ...contactFilters('dcim.site'),
  },
  search: ['name', 'facility', 'description', 'physical_address', 'shipping_address', 'comments'],
});
