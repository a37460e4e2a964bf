import { choice, defineFilterSet, relation } from '@patchbay/core';
import { Module } from '../models/module.js';
import { ModuleType } from '../models/module-type.js';
import { ModuleBay } from '../models/module-bay.js';
import { Manufacturer } from '../models/manufacturer.js';
import { Device } from '../models/device.js';
import { ModuleStatusChoices } from '../choices.js';
import { iexactText, likeEscape } from '../services/device-filters.js';

/** NetBox's ModuleFilterSet: device, bay, type (by model) and its manufacturer, status, serial, asset tag. */
export const moduleFilterSet = defineFilterSet(Module, {
  fields: {
    device: relation(() => Device, { by: 'name' }),
    module_bay: relation(() => ModuleBay, { by: 'name' }),
    module_type: relation(() => ModuleType, { by: 'model' }),
    manufacturer: relation(() => Manufacturer, { column: 'module_type_id', through: [{ table: 'dcim_moduletype', column: 'manufacturer_id' }] }),
    status: choice(ModuleStatusChoices),
    serial: iexactText('serial'),
    asset_tag: 'text',
    description: 'text',
  },
  search: (qb, q) => {
    const like = `%${likeEscape(q)}%`;
    qb.where((w) => w
      .orWhere('t.serial', 'ilike', like)
      .orWhere('t.asset_tag', 'ilike', like)
      .orWhere('t.description', 'ilike', like)
      .orWhere('t.comments', 'ilike', like)
      .orWhereIn('t.device_id', (s) => s.select('id').from('dcim_device').where('name', 'ilike', like)));
  },
});
