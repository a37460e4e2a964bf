import { defineSerializer, field } from '@patchbay/core';
import { Device } from '../models/device.js';
import { ConsolePort } from '../models/console-port.js';
import { ConsoleServerPort } from '../models/console-server-port.js';
import { PowerPort } from '../models/power-port.js';
import { PowerOutlet } from '../models/power-outlet.js';
import { Interface } from '../models/interface.js';
import { FrontPort } from '../models/front-port.js';
import { RearPort } from '../models/rear-port.js';
import { DeviceBay } from '../models/device-bay.js';
import { ModuleBay } from '../models/module-bay.js';
import { InventoryItem } from '../models/inventory-item.js';

/**
 * Devices in the reference's DeviceWithConfigContext key order, without the fields of other
 * issues (primary/OOB IPs, cluster, config template); component counts come last.
 */
export const deviceSerializer = defineSerializer(Device, {
  fields: [
    'id', 'url', 'display_url', 'display', 'name', 'device_type', 'role', 'tenant', 'platform', 'serial', 'asset_tag',
    'site', 'location', 'rack', 'position', 'face', 'latitude', 'longitude', 'parent_device', 'status', 'airflow',
    'virtual_chassis', 'vc_position', 'vc_priority', 'description', 'comments', 'config_context', 'local_context_data',
    'tags', 'custom_fields', 'created', 'last_updated',
    'console_port_count', 'console_server_port_count', 'power_port_count', 'power_outlet_count', 'interface_count',
    'front_port_count', 'rear_port_count', 'device_bay_count', 'module_bay_count', 'inventory_item_count',
  ],
  brief: ['id', 'url', 'display', 'name', 'description'],
  extraFields: {
    console_port_count: field.count(() => ConsolePort, 'device_id'),
    console_server_port_count: field.count(() => ConsoleServerPort, 'device_id'),
    power_port_count: field.count(() => PowerPort, 'device_id'),
    power_outlet_count: field.count(() => PowerOutlet, 'device_id'),
    interface_count: field.count(() => Interface, 'device_id'),
    front_port_count: field.count(() => FrontPort, 'device_id'),
    rear_port_count: field.count(() => RearPort, 'device_id'),
    device_bay_count: field.count(() => DeviceBay, 'device_id'),
    module_bay_count: field.count(() => ModuleBay, 'device_id'),
    inventory_item_count: field.count(() => InventoryItem, 'device_id'),
  },
});
