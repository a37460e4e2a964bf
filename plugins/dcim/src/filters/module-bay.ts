import { defineFilterSet, relation } from '@patchbay/core';
import { ModuleBay } from '../models/module-bay.js';
import { Module } from '../models/module.js';
import { componentFilters, componentSearch } from '../services/component-common.js';

/** NetBox's ModuleBayFilterSet (the module-bay tree's parent_id is not modelled). */
export const moduleBayFilterSet = defineFilterSet(ModuleBay, {
  fields: {
    ...componentFilters(),
    position: 'text',
    installed_module: relation(() => Module, { by: false }),
  },
  search: componentSearch,
});
