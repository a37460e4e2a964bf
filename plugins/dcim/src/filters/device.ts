import { choice, defineFilterSet, method, relation } from '@patchbay/core';
import { contactFilters, tenancyFilters } from '@patchbay/plugin-tenancy';
import { Device } from '../models/device.js';
import { DeviceType } from '../models/device-type.js';
import { DeviceRole } from '../models/device-role.js';
import { Manufacturer } from '../models/manufacturer.js';
import { Platform } from '../models/platform.js';
import { Location } from '../models/location.js';
import { Rack } from '../models/rack.js';
import { VirtualChassis } from '../models/virtual-chassis.js';
import { DeviceAirflowChoices, DeviceFaceChoices, DeviceStatusChoices } from '../choices.js';
import { siteScopeFilters } from './site-scope.js';
import { countOf, hasAny, iexactText, idsVia, isSet, likeEscape, type QueryBuilder } from '../services/device-filters.js';

/** Rows of the device's components: NetBox's counters and "has …" filters read these tables. */
const COMPONENT_TABLES = {
  console_port: 'dcim_consoleport',
  console_server_port: 'dcim_consoleserverport',
  power_port: 'dcim_powerport',
  power_outlet: 'dcim_poweroutlet',
  interface: 'dcim_interface',
  front_port: 'dcim_frontport',
  rear_port: 'dcim_rearport',
  device_bay: 'dcim_devicebay',
  module_bay: 'dcim_modulebay',
  inventory_item: 'dcim_inventoryitem',
} as const;

const counters = Object.fromEntries(
  Object.entries(COMPONENT_TABLES).map(([name, table]) => [`${name}_count`, countOf(table, 'device_id')]),
);

/**
 * NetBox's DeviceFilterSet without the filters of other issues (primary/OOB IPs, clusters, config
 * templates): type, role, platform, placement (site scope, location subtree, rack, position,
 * face), chassis, parent bay, tenancy, contacts, component counters and "has components" flags.
 */
export const deviceFilterSet = defineFilterSet(Device, {
  fields: {
    name: iexactText('name'),
    asset_tag: 'text',
    serial: iexactText('serial'),
    description: 'text',
    status: choice(DeviceStatusChoices),
    face: choice(DeviceFaceChoices),
    airflow: choice(DeviceAirflowChoices),
    position: 'number',
    latitude: 'number',
    longitude: 'number',
    vc_position: 'number',
    vc_priority: 'number',
    manufacturer: relation(() => Manufacturer, { column: 'device_type_id', through: [{ table: 'dcim_devicetype', column: 'manufacturer_id' }] }),
    device_type: relation(() => DeviceType),
    model: relation(() => DeviceType, { column: 'device_type_id' }),
    role: relation(() => DeviceRole),
    platform: relation(() => Platform),
    ...siteScopeFilters(),
    location: relation(() => Location, { tree: true }),
    rack: relation(() => Rack, { by: 'name' }),
    virtual_chassis: relation(() => VirtualChassis, { by: 'name' }),
    virtual_chassis_member: isSet('virtual_chassis_id'),
    parent_device_id: idsVia((q, ids) => void q.select('installed_device_id').from('dcim_devicebay').whereIn('device_id', ids as number[]).whereNotNull('installed_device_id')),
    parent_bay_id: idsVia((q, ids) => void q.select('installed_device_id').from('dcim_devicebay').whereIn('id', ids as number[]).whereNotNull('installed_device_id')),
    is_full_depth: method('boolean', (qb, values) => void qb.whereIn('t.device_type_id', (q) => q.select('id').from('dcim_devicetype').where('is_full_depth', values[0] as boolean)), []),
    mac_address: macAddressFilter(),
    local_context_data: isSet('local_context_data'),
    has_virtual_device_context: hasAny('dcim_virtualdevicecontext', 'device_id'),
    console_ports: hasAny('dcim_consoleport', 'device_id'),
    console_server_ports: hasAny('dcim_consoleserverport', 'device_id'),
    power_ports: hasAny('dcim_powerport', 'device_id'),
    power_outlets: hasAny('dcim_poweroutlet', 'device_id'),
    interfaces: hasAny('dcim_interface', 'device_id'),
    pass_through_ports: method('boolean', (qb, values) => {
      const front = 'EXISTS (SELECT 1 FROM dcim_frontport AS f WHERE f.device_id = t.id)';
      const rear = 'EXISTS (SELECT 1 FROM dcim_rearport AS r WHERE r.device_id = t.id)';
      // NetBox: exclude(frontports__isnull=value, rearports__isnull=value).
      qb.whereRaw(values[0] ? `(${front} OR ${rear})` : `NOT (${front} AND ${rear})`);
    }, []),
    module_bays: hasAny('dcim_modulebay', 'device_id'),
    device_bays: hasAny('dcim_devicebay', 'device_id'),
    ...counters,
    ...tenancyFilters,
    ...contactFilters('dcim.device'),
  },
  search: (qb, q) => {
    const like = `%${likeEscape(q)}%`;
    qb.where((w) => w
      .orWhere('t.name', 'ilike', like)
      .orWhere('t.serial', 'ilike', like)
      .orWhere('t.asset_tag', 'ilike', like)
      .orWhere('t.description', 'ilike', like)
      .orWhere('t.comments', 'ilike', like)
      .orWhereIn('t.id', (s) => s.select('device_id').from('dcim_inventoryitem').where('serial', 'ilike', like)));
  },
});

/** MAC addresses of the device's interfaces (NetBox: interfaces__mac_addresses__mac_address), text lookups. */
function macAddressFilter() {
  return method('text', (qb, values, lookup, negate) => {
    const devices = (q: QueryBuilder) => {
      q.select('i.device_id').from('dcim_interface as i')
        .join('dcim_macaddress as m', (j) => j.on('m.assigned_object_id', 'i.id').andOnVal('m.assigned_object_type', 'dcim.interface'))
        .where((w) => {
          for (const raw of values) {
            const v = likeEscape(String(raw));
            if (lookup === 'ic') w.orWhereRaw('m.mac_address::text ILIKE ?', [`%${v}%`]);
            else if (lookup === 'isw') w.orWhereRaw('m.mac_address::text ILIKE ?', [`${v}%`]);
            else if (lookup === 'iew') w.orWhereRaw('m.mac_address::text ILIKE ?', [`%${v}`]);
            else w.orWhereRaw('lower(m.mac_address::text) = lower(?)', [String(raw)]);
          }
        });
    };
    if (negate) qb.whereNotIn('t.id', devices);
    else qb.whereIn('t.id', devices);
  }, ['n', 'ic', 'nic', 'iew', 'niew', 'isw', 'nisw', 'ie', 'nie']);
}
