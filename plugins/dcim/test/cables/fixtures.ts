/** Fixtures of the cables area's tests, made over the API: the components area's devices with ports, a power panel and feeds. */
import type { TestApp } from '@patchbay/core/testing';
import { base, make, makeAll, path, type Base } from '../components/fixtures.js';

export { dcimApp, make, path } from '../components/fixtures.js';
export const CABLES = path('cables');
export const TERMINATIONS = path('cable-terminations');

export interface CableFixtures extends Base {
  tenants: number[];
  /** ifaces[d][i]: interface eth{i} of devices[d] (d 0…2, i 0…5); all 1000base-t. */
  ifaces: number[][];
  /** a virtual and a wireless interface of dev-1. */
  virtualIface: number;
  wirelessIface: number;
  consolePorts: number[];
  consoleServerPorts: number[];
  powerPorts: number[];
  powerOutlets: number[];
  rearPorts: number[];
  frontPorts: number[];
  panel: number;
  feeds: number[];
}

/** A component-rich world: six interfaces on each device, console, power and pass-through ports on dev-1/dev-2, two feeds. */
export async function cableWorld(app: TestApp): Promise<CableFixtures> {
  const b = await base(app);
  const tenants: number[] = [];
  for (const i of [1, 2, 3]) tenants.push((await make(app.api, '/api/tenancy/tenants/', { name: `Tenant ${i}`, slug: `tenant-${i}` })).id);
  const ifaces: number[][] = [];
  for (const device of b.devices)
    ifaces.push(await makeAll(app, 'interfaces', [0, 1, 2, 3, 4, 5].map((i) => ({ device, name: `eth${i}`, type: '1000base-t' }))));
  const [virtualIface, wirelessIface] = await makeAll(app, 'interfaces', [
    { device: b.devices[0], name: 'vlan10', type: 'virtual' },
    { device: b.devices[0], name: 'wlan0', type: 'ieee802.11ac' },
  ]);
  const [d1, d2] = b.devices as [number, number];
  const consolePorts = await makeAll(app, 'console-ports', [{ device: d1, name: 'con0' }, { device: d1, name: 'con1', mark_connected: true }]);
  const consoleServerPorts = await makeAll(app, 'console-server-ports', [{ device: d2, name: 'cs0' }, { device: d2, name: 'cs1' }]);
  const powerPorts = await makeAll(app, 'power-ports', [{ device: d1, name: 'psu0' }, { device: d1, name: 'psu1' }, { device: d2, name: 'psu0' }]);
  const powerOutlets = await makeAll(app, 'power-outlets', [{ device: d2, name: 'out0' }]);
  const rearPorts = await makeAll(app, 'rear-ports', [{ device: d2, name: 'rear0', type: '8p8c', positions: 2 }]);
  const frontPorts = await makeAll(app, 'front-ports', [
    { device: d2, name: 'front0', type: '8p8c', rear_port: rearPorts[0], rear_port_position: 1 },
    { device: d2, name: 'front1', type: '8p8c', rear_port: rearPorts[0], rear_port_position: 2 },
  ]);
  const panel = (await make(app.api, path('power-panels'), { site: b.sites[0], name: 'Panel 1' })).id;
  const feeds = await makeAll(app, 'power-feeds', [{ power_panel: panel, name: 'Feed A' }, { power_panel: panel, name: 'Feed B' }]);
  return {
    ...b, tenants, ifaces, virtualIface: virtualIface!, wirelessIface: wirelessIface!, consolePorts, consoleServerPorts,
    powerPorts, powerOutlets, rearPorts, frontPorts, panel, feeds,
  };
}

/** `[{object_type, object_id}, …]` for a cable end. */
export const ends = (type: string, ...ids: number[]) => ids.map((object_id) => ({ object_type: type, object_id }));
export const iface = (...ids: number[]) => ends('dcim.interface', ...ids);
