import { choice, defineFilterSet, relation } from '@patchbay/core';
import { DeviceAirflowChoices, SubdeviceRoleChoices, WeightUnitChoices } from '../choices.js';
import { DeviceType } from '../models/device-type.js';
import { Manufacturer } from '../models/manufacturer.js';
import { Platform } from '../models/platform.js';
import { alwaysFalseFilter, countFilter, hasAnyFilter } from './type-filters.js';

/**
 * Device types filter by manufacturer, default platform, physical traits, template counts
 * (`interface_template_count__gte=24`) and which templates they carry (`interfaces=true`).
 */
export const deviceTypeFilterSet = defineFilterSet(DeviceType, {
  fields: {
    manufacturer: relation(() => Manufacturer),
    default_platform: relation(() => Platform),
    model: 'text',
    slug: 'text',
    part_number: 'text',
    u_height: 'number',
    exclude_from_utilization: 'boolean',
    is_full_depth: 'boolean',
    subdevice_role: choice(SubdeviceRoleChoices),
    airflow: choice(DeviceAirflowChoices),
    weight: 'number',
    weight_unit: choice(WeightUnitChoices),
    description: 'text',
    has_front_image: alwaysFalseFilter(),
    has_rear_image: alwaysFalseFilter(),
    console_ports: hasAnyFilter(['dcim_consoleporttemplate']),
    console_server_ports: hasAnyFilter(['dcim_consoleserverporttemplate']),
    power_ports: hasAnyFilter(['dcim_powerporttemplate']),
    power_outlets: hasAnyFilter(['dcim_poweroutlettemplate']),
    interfaces: hasAnyFilter(['dcim_interfacetemplate']),
    pass_through_ports: hasAnyFilter(['dcim_frontporttemplate', 'dcim_rearporttemplate']),
    device_bays: hasAnyFilter(['dcim_devicebaytemplate']),
    module_bays: hasAnyFilter(['dcim_modulebaytemplate']),
    inventory_items: hasAnyFilter(['dcim_inventoryitemtemplate']),
    console_port_template_count: countFilter('dcim_consoleporttemplate'),
    console_server_port_template_count: countFilter('dcim_consoleserverporttemplate'),
    power_port_template_count: countFilter('dcim_powerporttemplate'),
    power_outlet_template_count: countFilter('dcim_poweroutlettemplate'),
    interface_template_count: countFilter('dcim_interfacetemplate'),
    front_port_template_count: countFilter('dcim_frontporttemplate'),
    rear_port_template_count: countFilter('dcim_rearporttemplate'),
    device_bay_template_count: countFilter('dcim_devicebaytemplate'),
    module_bay_template_count: countFilter('dcim_modulebaytemplate'),
    inventory_item_template_count: countFilter('dcim_inventoryitemtemplate'),
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
