/**
 * The organisation area of DCIM: regions and site groups (trees), sites, and locations (trees
 * inside a site). Everything else in DCIM hangs off a site, so this area migrates first.
 */
import { defineResource, defineSearchIndex } from '@patchbay/core';
import type { DcimArea } from './area.js';
import { Region } from '../models/region.js';
import { SiteGroup } from '../models/site-group.js';
import { Site } from '../models/site.js';
import { Location } from '../models/location.js';
import { regionSerializer } from '../serializers/region.js';
import { siteGroupSerializer } from '../serializers/site-group.js';
import { siteSerializer } from '../serializers/site.js';
import { locationSerializer } from '../serializers/location.js';
import { regionFilterSet } from '../filters/region.js';
import { siteGroupFilterSet } from '../filters/site-group.js';
import { siteFilterSet } from '../filters/site.js';
import { locationFilterSet } from '../filters/location.js';
import { createOrganisationTables } from '../migrations/20260302000100_create_organisation_tables.js';
import { dcimObjectCountsWidget } from '../widgets.js';

export const organisation: DcimArea = {
  models: [Region, SiteGroup, Site, Location],
  resources: [
    defineResource({ slug: 'regions', model: Region, serializer: regionSerializer, filterSet: regionFilterSet }),
    defineResource({ slug: 'site-groups', model: SiteGroup, serializer: siteGroupSerializer, filterSet: siteGroupFilterSet }),
    defineResource({ slug: 'sites', model: Site, serializer: siteSerializer, filterSet: siteFilterSet }),
    defineResource({ slug: 'locations', model: Location, serializer: locationSerializer, filterSet: locationFilterSet }),
  ],
  // NetBox's dcim/search.py weights and display attributes.
  searchIndexes: [
    defineSearchIndex(Region, { fields: { name: 100, slug: 110, description: 500 }, display: ['parent', 'description'] }),
    defineSearchIndex(SiteGroup, { fields: { name: 100, slug: 110, description: 500 }, display: ['parent', 'description'] }),
    defineSearchIndex(Site, {
      fields: { name: 100, facility: 100, description: 500, physical_address: 2000, shipping_address: 2000 },
      display: ['region', 'group', 'status', 'description'],
    }),
    defineSearchIndex(Location, { fields: { name: 100, slug: 110, description: 500 }, display: ['site', 'status', 'tenant', 'facility', 'description'] }),
  ],
  widgets: [dcimObjectCountsWidget],
  migrations: { '20260302000100_create_organisation_tables': createOrganisationTables },
};
