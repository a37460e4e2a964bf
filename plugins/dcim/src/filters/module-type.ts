import { choice, defineFilterSet, relation } from '@patchbay/core';
import { ModuleAirflowChoices, WeightUnitChoices } from '../choices.js';
import { Manufacturer } from '../models/manufacturer.js';
import { ModuleType } from '../models/module-type.js';
import { hasAnyFilter } from './type-filters.js';

const has = (...tables: string[]) => hasAnyFilter(tables, 'module_type_id');

/** Module types filter by manufacturer, model, airflow, weight and which templates they carry. */
export const moduleTypeFilterSet = defineFilterSet(ModuleType, {
  fields: {
    manufacturer: relation(() => Manufacturer),
    model: 'text',
    part_number: 'text',
    airflow: choice(ModuleAirflowChoices),
    weight: 'number',
    weight_unit: choice(WeightUnitChoices),
    description: 'text',
    console_ports: has('dcim_consoleporttemplate'),
    console_server_ports: has('dcim_consoleserverporttemplate'),
    power_ports: has('dcim_powerporttemplate'),
    power_outlets: has('dcim_poweroutlettemplate'),
    interfaces: has('dcim_interfacetemplate'),
    pass_through_ports: has('dcim_frontporttemplate', 'dcim_rearporttemplate'),
  },
  // NetBox: manufacturer name, model, part number, description, comments.
  search: (qb, q: string) => {
    const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    qb.where((w) => {
      for (const c of ['model', 'part_number', 'description', 'comments']) w.orWhere(`t.${c}`, 'ilike', like);
      w.orWhereIn('t.manufacturer_id', (sub) => sub.from(Manufacturer.tableName).select('id').where('name', 'ilike', like));
    });
  },
});
