/**
 * The site-scope filters NetBox gives every object that sits in a site (racks, devices,
 * locations, rack reservations, power panels…): `site_id`/`site` (slug) and, through the site,
 * `region_id`/`region` and `site_group_id`/`site_group` — both subtree-aware, so a parent region
 * matches objects in sites of its child regions. Unknown ids or slugs answer 400, `null` matches
 * objects whose site has none.
 */
import { relation, type FilterDef } from '@patchbay/core';
import { Region } from '../models/region.js';
import { SiteGroup } from '../models/site-group.js';
import { Site } from '../models/site.js';

/** One hop from the row to its site, e.g. a rack reservation's `rack_id` → `dcim_rack.site_id`. */
export interface SiteHop {
  table: string;
  column: string;
}

/**
 * Spread into a filter set: `column` is the row's column pointing at the site (default
 * `site_id`), or — with `via` — at the first table of the hops that lead to the site
 * (`siteScopeFilters('rack_id', [{ table: 'dcim_rack', column: 'site_id' }])`).
 */
export function siteScopeFilters(column = 'site_id', via: SiteHop[] = []): Record<string, FilterDef> {
  return {
    region: relation(() => Region, { column, tree: true, through: [...via, { table: 'dcim_site', column: 'region_id' }] }),
    site_group: relation(() => SiteGroup, { column, tree: true, through: [...via, { table: 'dcim_site', column: 'group_id' }] }),
    site: relation(() => Site, via.length ? { column, through: via } : { column }),
  };
}
