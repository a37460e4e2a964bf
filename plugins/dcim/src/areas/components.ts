/**
 * The components area of DCIM: console/power ports and outlets, interfaces, front/rear ports,
 * module and device bays, inventory items and MAC addresses (migrations 20260302000500…), plus
 * the service that turns a device's or module's type templates into components.
 */
import { defineResource } from '@patchbay/core';
import type { DcimArea } from './area.js';
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
import { consolePortSerializer } from '../serializers/console-port.js';
import { consoleServerPortSerializer } from '../serializers/console-server-port.js';
import { powerPortSerializer } from '../serializers/power-port.js';
import { powerOutletSerializer } from '../serializers/power-outlet.js';
import { interfaceSerializer } from '../serializers/interface.js';
import { frontPortSerializer } from '../serializers/front-port.js';
import { rearPortSerializer } from '../serializers/rear-port.js';
import { moduleBaySerializer } from '../serializers/module-bay.js';
import { deviceBaySerializer } from '../serializers/device-bay.js';
import { inventoryItemSerializer } from '../serializers/inventory-item.js';
import { macAddressSerializer } from '../serializers/mac-address.js';
import { consolePortFilterSet } from '../filters/console-port.js';
import { consoleServerPortFilterSet } from '../filters/console-server-port.js';
import { powerPortFilterSet } from '../filters/power-port.js';
import { powerOutletFilterSet } from '../filters/power-outlet.js';
import { interfaceFilterSet } from '../filters/interface.js';
import { frontPortFilterSet } from '../filters/front-port.js';
import { rearPortFilterSet } from '../filters/rear-port.js';
import { moduleBayFilterSet } from '../filters/module-bay.js';
import { deviceBayFilterSet } from '../filters/device-bay.js';
import { inventoryItemFilterSet } from '../filters/inventory-item.js';
import { macAddressFilterSet } from '../filters/mac-address.js';
import { interfaceWriteHooks } from '../services/component-interface.js';
import { componentSearchIndexes } from '../services/component-search.js';
import { createComponentTables } from '../migrations/20260302000500_create_component_tables.js';
import { createInterfaceMacView } from '../migrations/20260302000510_create_interface_mac_view.js';

export const components: DcimArea = {
  models: [ConsolePort, ConsoleServerPort, PowerPort, PowerOutlet, Interface, FrontPort, RearPort, ModuleBay, DeviceBay, InventoryItem, MACAddress],
  resources: [
    defineResource({ slug: 'console-ports', model: ConsolePort, serializer: consolePortSerializer, filterSet: consolePortFilterSet }),
    defineResource({ slug: 'console-server-ports', model: ConsoleServerPort, serializer: consoleServerPortSerializer, filterSet: consoleServerPortFilterSet }),
    defineResource({ slug: 'power-ports', model: PowerPort, serializer: powerPortSerializer, filterSet: powerPortFilterSet }),
    defineResource({ slug: 'power-outlets', model: PowerOutlet, serializer: powerOutletSerializer, filterSet: powerOutletFilterSet }),
    defineResource({ slug: 'interfaces', model: Interface, serializer: interfaceSerializer, filterSet: interfaceFilterSet, hooks: interfaceWriteHooks }),
    defineResource({ slug: 'front-ports', model: FrontPort, serializer: frontPortSerializer, filterSet: frontPortFilterSet }),
    defineResource({ slug: 'rear-ports', model: RearPort, serializer: rearPortSerializer, filterSet: rearPortFilterSet }),
    defineResource({ slug: 'module-bays', model: ModuleBay, serializer: moduleBaySerializer, filterSet: moduleBayFilterSet }),
    defineResource({ slug: 'device-bays', model: DeviceBay, serializer: deviceBaySerializer, filterSet: deviceBayFilterSet }),
    defineResource({ slug: 'inventory-items', model: InventoryItem, serializer: inventoryItemSerializer, filterSet: inventoryItemFilterSet }),
    defineResource({ slug: 'mac-addresses', model: MACAddress, serializer: macAddressSerializer, filterSet: macAddressFilterSet }),
  ],
  searchIndexes: componentSearchIndexes,
  migrations: {
    '20260302000500_create_component_tables': createComponentTables,
    '20260302000510_create_interface_mac_view': createInterfaceMacView,
  },
};
