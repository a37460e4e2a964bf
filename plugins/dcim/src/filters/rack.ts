import { choice, defineFilterSet, relation } from '@patchbay/core';
import { contactFilters, tenancyFilters } from '@patchbay/plugin-tenancy';
import { RackAirflowChoices, RackDimensionUnitChoices, RackFormFactorChoices, RackStatusChoices, WeightUnitChoices } from '../choices.js';
import { Location } from '../models/location.js';
import { Manufacturer } from '../models/manufacturer.js';
import { Rack } from '../models/rack.js';
import { RackRole } from '../models/rack-role.js';
import { RackType } from '../models/rack-type.js';
import { rackWidthFilter } from './rack-width.js';
import { siteScopeFilters } from './site-scope.js';

/**
 * NetBox's RackFilterSet: site scope (region, site group, site), location subtree, tenancy,
 * contacts, role, rack type and its manufacturer, status and physical attributes.
 */
export const rackFilterSet = defineFilterSet(Rack, {
  fields: {
    ...siteScopeFilters(),
    ...tenancyFilters,
    ...contactFilters(Rack.label),
    location: relation(() => Location, { tree: true }),
    name: 'text',
    facility_id: 'text',
    asset_tag: 'text',
    serial: 'text',
    description: 'text',
    status: choice(RackStatusChoices),
    role: relation(() => RackRole),
    rack_type: relation(() => RackType),
    manufacturer: relation(() => Manufacturer, { column: 'rack_type_id', through: [{ table: 'dcim_racktype', column: 'manufacturer_id' }] }),
    form_factor: choice(RackFormFactorChoices),
    width: rackWidthFilter(),
    u_height: 'number',
    starting_unit: 'number',
    desc_units: 'boolean',
    outer_width: 'number',
    outer_depth: 'number',
    outer_unit: choice(RackDimensionUnitChoices),
    mounting_depth: 'number',
    airflow: choice(RackAirflowChoices),
    weight: 'number',
    max_weight: 'number',
    weight_unit: choice(WeightUnitChoices),
  },
  search: ['name', 'facility_id', 'serial', 'asset_tag', 'description', 'comments'],
});
