import { choice, defineFilterSet, relation } from '@patchbay/core';
import { RackDimensionUnitChoices, RackFormFactorChoices, WeightUnitChoices } from '../choices.js';
import { Manufacturer } from '../models/manufacturer.js';
import { RackType } from '../models/rack-type.js';
import { rackWidthFilter } from './rack-width.js';

/** NetBox's RackTypeFilterSet: manufacturer, model, form factor, width, units, dimensions and weights. */
export const rackTypeFilterSet = defineFilterSet(RackType, {
  fields: {
    manufacturer: relation(() => Manufacturer),
    model: 'text',
    slug: 'text',
    description: 'text',
    form_factor: choice(RackFormFactorChoices),
    width: rackWidthFilter(),
    u_height: 'number',
    starting_unit: 'number',
    desc_units: 'boolean',
    outer_width: 'number',
    outer_depth: 'number',
    outer_unit: choice(RackDimensionUnitChoices),
    mounting_depth: 'number',
    weight: 'number',
    max_weight: 'number',
    weight_unit: choice(WeightUnitChoices),
  },
  search: ['model', 'description', 'comments'],
});
