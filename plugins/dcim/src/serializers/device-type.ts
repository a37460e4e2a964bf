import { defineSerializer, field } from '@patchbay/core';
import { ConsolePortTemplate } from '../models/console-port-template.js';
import { ConsoleServerPortTemplate } from '../models/console-server-port-template.js';
import { Device } from '../models/device.js';
import { DeviceBayTemplate } from '../models/device-bay-template.js';
import { DeviceType } from '../models/device-type.js';
import { FrontPortTemplate } from '../models/front-port-template.js';
import { InterfaceTemplate } from '../models/interface-template.js';
import { InventoryItemTemplate } from '../models/inventory-item-template.js';
import { ModuleBayTemplate } from '../models/module-bay-template.js';
import { PowerOutletTemplate } from '../models/power-outlet-template.js';
import { PowerPortTemplate } from '../models/power-port-template.js';
import { RearPortTemplate } from '../models/rear-port-template.js';

const templates = (model: Parameters<typeof field.count>[0]) => field.count(model, 'device_type_id');

/** Device types with their device count and one count per kind of component template. */
export const deviceTypeSerializer = defineSerializer(DeviceType, {
  fields: [
    'id', 'url', 'display_url', 'display', 'manufacturer', 'default_platform', 'model', 'slug', 'part_number',
    'u_height', 'exclude_from_utilization', 'is_full_depth', 'subdevice_role', 'airflow', 'weight', 'weight_unit',
    'front_image', 'rear_image', 'description', 'comments', 'tags', 'custom_fields', 'created', 'last_updated',
    'device_count', 'console_port_template_count', 'console_server_port_template_count', 'power_port_template_count',
    'power_outlet_template_count', 'interface_template_count', 'front_port_template_count', 'rear_port_template_count',
    'device_bay_template_count', 'module_bay_template_count', 'inventory_item_template_count',
  ],
  brief: ['id', 'url', 'display', 'manufacturer', 'model', 'slug', 'description', 'device_count'],
  extraFields: {
    device_count: field.count(() => Device, 'device_type_id'),
    console_port_template_count: templates(() => ConsolePortTemplate),
    console_server_port_template_count: templates(() => ConsoleServerPortTemplate),
    power_port_template_count: templates(() => PowerPortTemplate),
    power_outlet_template_count: templates(() => PowerOutletTemplate),
    interface_template_count: templates(() => InterfaceTemplate),
    front_port_template_count: templates(() => FrontPortTemplate),
    rear_port_template_count: templates(() => RearPortTemplate),
    device_bay_template_count: templates(() => DeviceBayTemplate),
    module_bay_template_count: templates(() => ModuleBayTemplate),
    inventory_item_template_count: templates(() => InventoryItemTemplate),
  },
});
