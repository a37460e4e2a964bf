/**
 * Components made from templates: every template kind, the links between new components (front →
 * rear port, outlet → power port, interface bridges, inventory tree and components), `{module}`
 * substitution for module types, change records for each component, and a device delete taking
 * its components with it in one transaction.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import { base, dcimApp, make, path, type Base } from './fixtures.js';

const byName = (list: any[]) => Object.fromEntries(list.map((o) => [o.name, o]));

eachDatabase((database) => {
  let app: TestApp;
  let b: Base;
  let chassisType: number;
  let lineCard: number;
  const list = async (slug: string, device: number) => (await app.api.get(`${path(slug)}?device_id=${device}&limit=0`)).body.results as any[];

  beforeAll(async () => {
    app = await createTestApp({ ...dcimApp, database });
    b = await base(app);
    const dt = { device_type: (chassisType = (await make(app.api, path('device-types'), {
      manufacturer: b.manufacturer, model: 'Big Chassis', slug: 'big-chassis', u_height: 2, subdevice_role: 'parent',
    })).id) };
    const t = (slug: string, body: Record<string, unknown>) => make(app.api, path(slug), { ...dt, ...body });
    await t('console-port-templates', { name: 'con0', type: 'rj-45' });
    await t('console-server-port-templates', { name: 'line1', type: 'rj-45', label: 'L1' });
    const psu = await t('power-port-templates', { name: 'PSU1', type: 'iec-60320-c14', maximum_draw: 400, allocated_draw: 200 });
    await t('power-outlet-templates', { name: 'out1', type: 'iec-60320-c13', power_port: psu.id, feed_leg: 'A' });
    const br = await t('interface-templates', { name: 'br0', type: 'bridge' });
    const eth1 = await t('interface-templates', { name: 'eth1', type: '1000base-t', bridge: br.id, mgmt_only: true, poe_mode: 'pse', poe_type: 'type2-ieee802.3at' });
    await t('interface-templates', { name: 'eth2', type: '1000base-t', enabled: false, description: 'spare' });
    const rear = await t('rear-port-templates', { name: 'rear1', type: 'lc', positions: 2 });
    await t('front-port-templates', { name: 'front1', type: 'lc', rear_port: rear.id, rear_port_position: 2 });
    await t('module-bay-templates', { name: 'slot1', position: '1' });
    await t('device-bay-templates', { name: 'bay1' });
    const inv = await t('inventory-item-templates', { name: 'mainboard', part_id: 'MB-1', manufacturer: b.manufacturer });
    await t('inventory-item-templates', { name: 'phy', parent: inv.id, component_type: 'dcim.interfacetemplate', component_id: eth1.id });

    lineCard = (await make(app.api, path('module-types'), { manufacturer: b.manufacturer, model: 'LC-48' })).id;
    const mt = { module_type: lineCard };
    await make(app.api, path('interface-templates'), { ...mt, name: 'Gi{module}/1', type: '1000base-t', label: 'port {module}' });
    await make(app.api, path('interface-templates'), { ...mt, name: 'Gi{module}/2', type: '1000base-t' });
    await make(app.api, path('power-port-templates'), { ...mt, name: 'PSU-{module}' });
  }, 600_000);
  afterAll(async () => app.close());

  describe('a new device', () => {
    let device: any;
    let requestId: string | null;
    beforeAll(async () => {
      const res = await app.api.post(path('devices'), { name: 'big-1', device_type: chassisType, site: b.sites[0], role: b.role, status: 'active' });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      device = res.body;
      requestId = res.headers.get('x-request-id');
    }, 300_000);

    it('gets one component per template, with the template details', async () => {
      const [con] = await list('console-ports', device.id);
      expect(con).toMatchObject({ name: 'con0', type: { value: 'rj-45' }, module: null, device: { id: device.id } });
      expect((await list('console-server-ports', device.id))[0]).toMatchObject({ name: 'line1', label: 'L1' });
      const [psu] = await list('power-ports', device.id);
      expect(psu).toMatchObject({ name: 'PSU1', maximum_draw: 400, allocated_draw: 200 });
      const ifs = byName(await list('interfaces', device.id));
      expect(Object.keys(ifs).sort()).toEqual(['br0', 'eth1', 'eth2']);
      expect(ifs.eth1).toMatchObject({ mgmt_only: true, poe_mode: { value: 'pse' }, poe_type: { value: 'type2-ieee802.3at' }, enabled: true });
      expect(ifs.eth2).toMatchObject({ enabled: false, description: 'spare', poe_mode: null });
      expect((await list('module-bays', device.id))[0]).toMatchObject({ name: 'slot1', position: '1', installed_module: null });
      expect((await list('device-bays', device.id))[0]).toMatchObject({ name: 'bay1', installed_device: null });
    });

    it('links the new components as the templates are linked', async () => {
      const [psu] = await list('power-ports', device.id);
      expect((await list('power-outlets', device.id))[0]).toMatchObject({ name: 'out1', power_port: { id: psu.id }, feed_leg: { value: 'A' } });
      const [rear] = await list('rear-ports', device.id);
      expect(rear).toMatchObject({ name: 'rear1', positions: 2 });
      expect((await list('front-ports', device.id))[0]).toMatchObject({ name: 'front1', rear_port: { id: rear.id }, rear_port_position: 2 });
      const ifs = byName(await list('interfaces', device.id));
      expect(ifs.eth1.bridge).toMatchObject({ id: ifs.br0.id });
      const items = byName(await list('inventory-items', device.id));
      expect(items.mainboard).toMatchObject({ part_id: 'MB-1', manufacturer: { id: b.manufacturer }, parent: null, _depth: 0 });
      expect(items.phy).toMatchObject({ parent: { id: items.mainboard.id }, _depth: 1, component_type: 'dcim.interface', component_id: ifs.eth1.id });
    });

    it('writes a change record for every component under the request id', async () => {
      const changes = (await app.api.get(`/api/core/object-changes/?request_id=${requestId}&limit=0`)).body.results as any[];
      const types = changes.map((c) => c.changed_object_type).sort();
      expect(types).toEqual([
        'dcim.consoleport', 'dcim.consoleserverport', 'dcim.device', 'dcim.devicebay', 'dcim.frontport', 'dcim.interface', 'dcim.interface',
        'dcim.interface', 'dcim.inventoryitem', 'dcim.inventoryitem', 'dcim.modulebay', 'dcim.poweroutlet', 'dcim.powerport', 'dcim.rearport',
      ]);
      const eth1 = changes.find((c) => c.object_repr === 'eth1');
      expect(eth1.action).toMatchObject({ value: 'create' });
      expect(eth1.postchange_data).toMatchObject({ name: 'eth1', bridge: { name: 'br0' }, device: { id: device.id } });
    });
  });

  describe('a new module', () => {
    it('gets its type\'s components with {module} replaced by the bay position', async () => {
      const dev = (await make(app.api, path('devices'), { name: 'big-2', device_type: chassisType, site: b.sites[0], role: b.role, status: 'active' })).id;
      const [bay] = await list('module-bays', dev);
      await app.api.patch(`${path('module-bays')}${bay.id}/`, { position: '3' });
      const module = await make(app.api, path('modules'), { device: dev, module_bay: bay.id, module_type: lineCard, status: 'active' });
      const ifs = byName((await list('interfaces', dev)).filter((i) => i.module));
      expect(Object.keys(ifs).sort()).toEqual(['Gi3/1', 'Gi3/2']);
      expect(ifs['Gi3/1']).toMatchObject({ label: 'port 3', module: { id: module.id }, device: { id: dev } });
      expect((await list('power-ports', dev)).find((p) => p.module)).toMatchObject({ name: 'PSU-3' });
      expect((await app.api.get(`${path('module-bays')}${bay.id}/`)).body.installed_module).toMatchObject({ id: module.id });
      // Removing the module removes its components.
      expect((await app.api.delete(`${path('modules')}${module.id}/`)).status).toBe(204);
      expect((await list('interfaces', dev)).filter((i) => i.module)).toEqual([]);
    });

    it('is refused when its components would take names already used on the device', async () => {
      const dev = (await make(app.api, path('devices'), { name: 'big-3', device_type: chassisType, site: b.sites[0], role: b.role, status: 'active' })).id;
      const [bay] = await list('module-bays', dev);
      await make(app.api, path('interfaces'), { device: dev, name: 'Gi1/1', type: '1000base-t' });
      const res = await app.api.post(path('modules'), { device: dev, module_bay: bay.id, module_type: lineCard, status: 'active' });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ non_field_errors: ['Cannot install module: the device already has a interface named Gi1/1.'] });
      expect((await list('interfaces', dev)).map((i) => i.name)).toEqual(['Gi1/1', 'br0', 'eth1', 'eth2']);
      expect((await list('interfaces', dev)).filter((i) => i.module)).toEqual([]);
    });
  });

  describe('deleting a device', () => {
    it('removes its components in the same transaction, each with a delete record', async () => {
      const dev = (await make(app.api, path('devices'), { name: 'big-4', device_type: chassisType, site: b.sites[1], role: b.role, status: 'active' })).id;
      const ids = (await list('interfaces', dev)).map((i) => i.id);
      expect(ids).toHaveLength(3);
      const res = await app.api.delete(`${path('devices')}${dev}/`);
      expect(res.status).toBe(204);
      for (const table of ['dcim_consoleport', 'dcim_poweroutlet', 'dcim_interface', 'dcim_frontport', 'dcim_rearport', 'dcim_modulebay', 'dcim_devicebay', 'dcim_inventoryitem'])
        expect(await app.knex(table).where('device_id', dev).select('id'), table).toEqual([]);
      const changes = (await app.api.get(`/api/core/object-changes/?request_id=${res.headers.get('x-request-id')}&changed_object_type=dcim.interface&limit=0`)).body;
      expect(changes.results.map((c: any) => c.changed_object_id).sort()).toEqual([...ids].sort());
      expect(changes.results.every((c: any) => c.action.value === 'delete')).toBe(true);
    });

    it('a failing component leaves no device behind (one transaction)', async () => {
      const before = (await app.api.get(`${path('devices')}?limit=0`)).body.count;
      const res = await app.api.post(path('devices'), [
        { name: 'tx-1', device_type: chassisType, site: b.sites[0], role: b.role, status: 'active' },
        { name: 'tx-2', device_type: chassisType, site: b.sites[0], role: b.role, status: 'nonsense' },
      ]);
      expect(res.status).toBe(400);
      expect((await app.api.get(`${path('devices')}?limit=0`)).body.count).toBe(before);
      expect((await app.api.get(`${path('interfaces')}?device=tx-1`)).status).toBe(400);
    });
  });
});
