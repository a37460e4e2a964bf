/** Global search over device components, with NetBox's weights (dcim/search.py). */
import { defineSearchIndex } from '@patchbay/core';
import { ConsolePort } from '../models/console-port.js';
import { ConsoleServerPort } from '../models/console-server-port.js';
import { PowerPort } from '../models/power-port.js';
import { PowerOutlet } from '../models/power-outlet.js';
import { Interface } from '../models/interface.js';
import { FrontPort } from '../models/front-port.js';
import { RearPort } from '../models/rear-port.js';
import { ModuleBay } from '../models/module-bay.js';
import { DeviceBay } from '../models/device-bay.js';
import { InventoryItem } from '../models/inventory-item.js';
import { MACAddress } from '../models/mac-address.js';

const basic = { name: 100, label: 200, description: 500 };

export const componentSearchIndexes = [
  defineSearchIndex(ConsolePort, { fields: basic, display: ['device', 'label', 'type', 'description'] }),
  defineSearchIndex(ConsoleServerPort, { fields: basic, display: ['device', 'label', 'type', 'description'] }),
  defineSearchIndex(PowerPort, { fields: { ...basic, maximum_draw: 2000, allocated_draw: 2000 }, display: ['device', 'label', 'type', 'description'] }),
  defineSearchIndex(PowerOutlet, { fields: basic, display: ['device', 'label', 'type', 'description'] }),
  defineSearchIndex(Interface, {
    fields: { ...basic, wwn: 300, mtu: 2000, speed: 2000 },
    display: ['device', 'label', 'type', 'mac_address', 'wwn', 'description'],
  }),
  defineSearchIndex(FrontPort, { fields: basic, display: ['device', 'label', 'type', 'description'] }),
  defineSearchIndex(RearPort, { fields: basic, display: ['device', 'label', 'type', 'description'] }),
  defineSearchIndex(ModuleBay, { fields: basic, display: ['device', 'label', 'position', 'description'] }),
  defineSearchIndex(DeviceBay, { fields: basic, display: ['device', 'label', 'installed_device', 'description'] }),
  defineSearchIndex(InventoryItem, {
    fields: { asset_tag: 50, serial: 60, name: 100, part_id: 100, label: 200, description: 500 },
    display: ['device', 'manufacturer', 'parent', 'part_id', 'serial', 'asset_tag', 'description'],
  }),
  defineSearchIndex(MACAddress, { fields: { mac_address: 100, description: 500, comments: 5000 }, display: ['assigned_object', 'description'] }),
];
