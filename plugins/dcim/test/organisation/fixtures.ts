/** Fixtures of the organisation area's tests: region and site-group trees, sites, locations — made over the API. */
import { make, type TestApp } from '@patchbay/core/testing';
import { tenancyPlugin } from '@patchbay/plugin-tenancy';
import { dcimPlugin } from '../../src/index.js';

export { make };

export const REGIONS = '/api/dcim/regions/';
export const SITE_GROUPS = '/api/dcim/site-groups/';
export const SITES = '/api/dcim/sites/';
export const LOCATIONS = '/api/dcim/locations/';
export const TENANT_GROUPS = '/api/tenancy/tenant-groups/';
export const TENANTS = '/api/tenancy/tenants/';
export const CONTACTS = '/api/tenancy/contacts/';
export const CONTACT_ROLES = '/api/tenancy/contact-roles/';
export const CONTACT_GROUPS = '/api/tenancy/contact-groups/';
export const ASSIGNMENTS = '/api/tenancy/contact-assignments/';

export const dcimApp = { plugins: [tenancyPlugin, dcimPlugin] };

export interface OrgFixtures {
  /** Tenant groups: [1] is a child of [0]; tenants [0] in group [0], [1] and [2] in group [1]. */
  tenantGroups: number[];
  tenants: number[];
  /** Regions: a chain Europe > Germany > Berlin (slugs europe, germany, berlin); a childless root Antarctica exists too. */
  regions: number[];
  /** Site groups: a chain Corporate > Offices > Small offices (slugs corporate, offices, small-offices); a childless root Labs too. */
  siteGroups: number[];
  /** Sites: [i] in region [i], group [i], tenant [i]; statuses active, planned, retired. */
  sites: number[];
  /** Locations: [0] root in site 0; [1] root in site 1; [2] child of [1] (site 1). */
  locations: number[];
  /** A contact (in contact group [0]) with role [0], assigned to region 0, site group 0, site 0 and location 0. */
  contact: number;
  contactRole: number;
  contactGroup: number;
}

/** A small world three levels deep, with one site per level and locations nested in one site. */
export async function orgFixtures(app: TestApp): Promise<OrgFixtures> {
  const api = app.api;
  const tenantGroups = [(await make(api, TENANT_GROUPS, { name: 'Customers', slug: 'customers' })).id];
  tenantGroups.push((await make(api, TENANT_GROUPS, { name: 'Resellers', slug: 'resellers', parent: tenantGroups[0] })).id);
  const tenants: number[] = [];
  for (const [i, name] of ['Acme', 'Globex', 'Initech'].entries())
    tenants.push((await make(api, TENANTS, { name, slug: name.toLowerCase(), group: tenantGroups[i ? 1 : 0] })).id);

  // A childless root first: the generated contract deletes the first object, which must not cascade.
  const chain = async (path: string, items: [string, string, string][], leaf: [string, string]) => {
    await make(api, path, { name: leaf[0], slug: leaf[1] });
    const ids: number[] = [];
    for (const [i, [name, slug, description]] of items.entries())
      ids.push((await make(api, path, { name, slug, description, parent: i ? ids[i - 1] : null })).id);
    return ids;
  };
  const regions = await chain(REGIONS, [['Europe', 'europe', 'continent'], ['Germany', 'germany', ''], ['Berlin', 'berlin', 'capital city']], ['Antarctica', 'antarctica']);
  const siteGroups = await chain(SITE_GROUPS, [['Corporate', 'corporate', ''], ['Offices', 'offices', 'all offices'], ['Small offices', 'small-offices', '']], ['Labs', 'labs']);

  const siteSpecs = [
    { name: 'Frankfurt DC', slug: 'fra1', status: 'active', facility: 'Equinix FR5', time_zone: 'Europe/Berlin', latitude: 50.1109, longitude: 8.682127, physical_address: '1 Kleyerstrasse', description: 'primary data centre' },
    { name: 'Munich Office', slug: 'muc1', status: 'planned', facility: '', time_zone: 'UTC', latitude: 48.137154, longitude: 11.576124, shipping_address: 'Dock 4, Marienplatz' },
    { name: 'Berlin Office', slug: 'ber1', status: 'retired', facility: 'Floor 3', time_zone: null, comments: 'closing soon' },
  ];
  const sites: number[] = [];
  for (const [i, spec] of siteSpecs.entries())
    sites.push((await make(api, SITES, { ...spec, region: regions[i], group: siteGroups[i], tenant: tenants[i] })).id);

  const locations = [
    (await make(api, LOCATIONS, { name: 'Hall A', slug: 'hall-a', site: sites[0], status: 'active', tenant: tenants[0], facility: 'H-A', description: 'main hall' })).id,
    (await make(api, LOCATIONS, { name: 'Building 1', slug: 'building-1', site: sites[1], status: 'active' })).id,
  ];
  locations.push((await make(api, LOCATIONS, { name: 'Floor 2', slug: 'floor-2', site: sites[1], parent: locations[1], status: 'planned', tenant: tenants[2] })).id);

  const contactGroup = (await make(api, CONTACT_GROUPS, { name: 'NOC team', slug: 'noc-team' })).id;
  const contactRole = (await make(api, CONTACT_ROLES, { name: 'Operations', slug: 'operations' })).id;
  const contact = (await make(api, CONTACTS, { name: 'Dana Ops', group: contactGroup })).id;
  for (const [object_type, object_id] of [['dcim.region', regions[0]], ['dcim.sitegroup', siteGroups[0]], ['dcim.site', sites[0]], ['dcim.location', locations[0]]] as const)
    await make(api, ASSIGNMENTS, { object_type, object_id, contact, role: contactRole });
  return { tenantGroups, tenants, regions, siteGroups, sites, locations, contact, contactRole, contactGroup };
}
