import { defineFilterSet, relation } from '@patchbay/core';
import { ModuleBay } from '../models/module-bay.js';
import { Module } from '../models/module.js';
import { componentFilters, componentSearch } from '../services/component-common.js';

/**
 * NetBox's ModuleBayFilterSet. `parent_id`: NetBox 4.2 keeps module bays in a tree whose parent is
 * the bay holding the module that owns the bay; we store no parent column, so it is derived from
 * `module_id` → that module's `module_bay_id`.
 */
export const moduleBayFilterSet = defineFilterSet(ModuleBay, {
  fields: {
    ...componentFilters(),
    position: 'text',
    installed_module: relation(() => Module, { by: false }),
    parent: relation(() => ModuleBay, { by: false, column: 'module_id', through: [{ table: 'dcim_module', column: 'module_bay_id' }] }),
  },
  search: componentSearch,
});
