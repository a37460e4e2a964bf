/** NetBox's validation rules of device types, module types, roles and component templates, over the API. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import { P, dcimApp, make, typeFixtures, type TypeFixtures } from './fixtures.js';

eachDatabase((database) => {
  let t: TestApp;
  let fx: TypeFixtures;
  /** A fresh name per call, so tests never collide on uniqueness. */
  let n = 0;
  const uniq = (prefix: string) => `${prefix}-${++n}`;
  const newType = async (body: Record<string, unknown> = {}) => {
    const model = uniq('type');
    return make(t.api, P.deviceTypes, { manufacturer: fx.manufacturers[0], model, slug: model, ...body });
  };

  beforeAll(async () => {
    t = await createTestApp({ ...dcimApp, database });
    fx = await typeFixtures(t);
  }, 300_000);
  afterAll(async () => t.close());

  describe('device types', () => {
    it('takes heights in steps of 0.5U only', async () => {
      const res = await t.api.post(P.deviceTypes, { manufacturer: fx.manufacturers[0], model: 'odd', slug: 'odd', u_height: 1.3 });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ u_height: ['U height must be in increments of 0.5 rack units.'] });
      const ok = await newType({ u_height: 2.5 });
      expect(ok.u_height).toBe(2.5);
      expect((await t.api.post(P.deviceTypes, { manufacturer: fx.manufacturers[0], model: 'big', slug: 'big', u_height: 1000 })).status).toBe(400);
    });

    it('renders defaults and the image fields as null', async () => {
      const dt = await newType();
      expect(dt).toMatchObject({
        u_height: 1, is_full_depth: true, exclude_from_utilization: false, subdevice_role: null, airflow: null,
        weight: null, weight_unit: null, front_image: null, rear_image: null, part_number: '', default_platform: null,
      });
      expect(dt.display).toBe(dt.model);
    });

    it('requires child types to be 0U', async () => {
      const res = await t.api.post(P.deviceTypes, { manufacturer: fx.manufacturers[0], model: 'kid', slug: 'kid', subdevice_role: 'child' });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ u_height: ['Child device types must be 0U.'] });
      const child = await newType({ u_height: 0, subdevice_role: 'child' });
      expect(child.subdevice_role).toEqual({ value: 'child', label: 'Child' });
      const grow = await t.api.patch(`${P.deviceTypes}${child.id}/`, { u_height: 1 });
      expect(grow.body).toEqual({ u_height: ['Child device types must be 0U.'] });
    });

    it('keeps a parent type a parent while it has device bay templates', async () => {
      const parent = await newType({ subdevice_role: 'parent' });
      await make(t.api, P.deviceBayTemplates, { device_type: parent.id, name: 'Bay 1' });
      const res = await t.api.patch(`${P.deviceTypes}${parent.id}/`, { subdevice_role: null });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({
        subdevice_role: ['Must delete all device bay templates associated with this device before declassifying it as a parent device.'],
      });
      const empty = await newType({ subdevice_role: 'parent' });
      expect((await t.api.patch(`${P.deviceTypes}${empty.id}/`, { subdevice_role: '' })).status).toBe(200);
    });

    it('needs a unit with a weight', async () => {
      const res = await t.api.post(P.deviceTypes, { manufacturer: fx.manufacturers[0], model: 'heavy', slug: 'heavy', weight: 20 });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ non_field_errors: ['Must specify a unit when setting a weight'] });
      const mt = await t.api.post(P.moduleTypes, { manufacturer: fx.manufacturers[0], model: 'heavy card', weight: 2 });
      expect(mt.body).toEqual({ non_field_errors: ['Must specify a unit when setting a weight'] });
      const ok = await newType({ weight: 20.25, weight_unit: 'lb' });
      expect(ok.weight).toBe(20.25);
      expect(ok.weight_unit).toEqual({ value: 'lb', label: 'Pounds' });
    });

    it('keeps model and slug unique per manufacturer', async () => {
      const dup = await t.api.post(P.deviceTypes, { manufacturer: fx.manufacturers[0], model: 'MX-Chassis', slug: 'other-slug' });
      expect(dup.status).toBe(400);
      expect(dup.body).toEqual({ non_field_errors: ['The fields manufacturer, model must make a unique set.'] });
      const dupSlug = await t.api.post(P.deviceTypes, { manufacturer: fx.manufacturers[0], model: 'Other', slug: 'mx-chassis' });
      expect(dupSlug.body).toEqual({ non_field_errors: ['The fields manufacturer, slug must make a unique set.'] });
      // The same model and slug under another manufacturer is fine.
      await make(t.api, P.deviceTypes, { manufacturer: fx.manufacturers[1], model: 'MX-Chassis', slug: 'mx-chassis' });
      const mt = await t.api.post(P.moduleTypes, { manufacturer: fx.manufacturers[0], model: 'MIC-20GE' });
      expect(mt.body).toEqual({ non_field_errors: ['The fields manufacturer, model must make a unique set.'] });
    });

    it('sets the default platform to null when the platform is deleted', async () => {
      const platform = await make(t.api, P.platforms, { name: 'Junos', slug: 'junos', manufacturer: fx.manufacturers[0] });
      const dt = await newType({ default_platform: platform.id });
      expect(dt.default_platform).toMatchObject({ id: platform.id, name: 'Junos', slug: 'junos' });
      expect((await t.api.delete(`${P.platforms}${platform.id}/`)).status).toBe(204);
      expect((await t.api.get(`${P.deviceTypes}${dt.id}/`)).body.default_platform).toBeNull();
    });

    it('counts its templates and filters by those counts', async () => {
      const dt = await newType({ subdevice_role: 'parent' });
      for (const name of ['et-0', 'et-1', 'et-2']) await make(t.api, P.interfaceTemplates, { device_type: dt.id, name, type: '100gbase-x-qsfp28' });
      await make(t.api, P.consolePortTemplates, { device_type: dt.id, name: 'con' });
      await make(t.api, P.deviceBayTemplates, { device_type: dt.id, name: 'bay' });
      const got = (await t.api.get(`${P.deviceTypes}${dt.id}/`)).body;
      expect(got).toMatchObject({
        interface_template_count: 3, console_port_template_count: 1, device_bay_template_count: 1,
        power_port_template_count: 0, rear_port_template_count: 0, device_count: 0,
      });
      const list = (q: string) => t.api.get(`${P.deviceTypes}?${q}`).then((r) => r.body.results.map((o: { id: number }) => o.id));
      expect(await list('interface_template_count__gte=3')).toEqual([dt.id]);
      expect(await list(`interface_template_count=3&id=${dt.id}`)).toEqual([dt.id]);
      expect(await list(`interface_template_count__n=3&id=${dt.id}`)).toEqual([]);
      expect(await list(`interfaces=true&id=${dt.id}`)).toEqual([dt.id]);
      expect(await list(`interfaces=false&id=${dt.id}`)).toEqual([]);
      expect(await list(`device_bays=true&id=${dt.id}&id=${fx.deviceTypes[2]}`)).toEqual([dt.id]);
      expect(await list(`pass_through_ports=true&id=${dt.id}`)).toEqual([]);
      expect((await t.api.get(`${P.deviceTypes}?interfaces=maybe`)).status).toBe(400);
    });
  });

  describe('manufacturers, platforms and roles', () => {
    it('counts device types and platforms of a manufacturer', async () => {
      const m = await make(t.api, P.manufacturers, { name: 'Nokia', slug: 'nokia' });
      await make(t.api, P.deviceTypes, { manufacturer: m.id, model: '7750', slug: '7750' });
      await make(t.api, P.platforms, { name: 'SR OS', slug: 'sros', manufacturer: m.id });
      const got = (await t.api.get(`${P.manufacturers}${m.id}/`)).body;
      expect(got).toMatchObject({ devicetype_count: 1, platform_count: 1, inventoryitem_count: 0 });
    });

    it('filters manufacturers by their contacts', async () => {
      const contact = await make(t.api, '/api/tenancy/contacts/', { name: 'Vendor support' });
      const role = await make(t.api, '/api/tenancy/contact-roles/', { name: 'Support', slug: 'support' });
      await make(t.api, '/api/tenancy/contact-assignments/', { object_type: 'dcim.manufacturer', object_id: fx.manufacturers[1], contact: contact.id, role: role.id });
      const ids = async (q: string) => (await t.api.get(`${P.manufacturers}?${q}`)).body.results.map((o: { id: number }) => o.id);
      expect(await ids(`contact=${contact.id}`)).toEqual([fx.manufacturers[1]]);
      expect(await ids(`contact_role=${role.id}`)).toEqual([fx.manufacturers[1]]);
      expect(await ids(`contact__n=${contact.id}&id=${fx.manufacturers[1]}`)).toEqual([]);
    });

    it('refuses to delete a manufacturer with device types, naming them (409)', async () => {
      const res = await t.api.delete(`${P.manufacturers}${fx.manufacturers[2]}/`);
      expect(res.status).toBe(409);
      expect(res.body.detail).toMatch(/device types \(1\)/);
      expect(res.body.detail).toMatch(/module types \(1\)/);
      expect((await t.api.get(`${P.manufacturers}${fx.manufacturers[2]}/`)).status).toBe(200);
    });

    it('refuses to delete a manufacturer with platforms or inventory item templates', async () => {
      const m = await make(t.api, P.manufacturers, { name: 'Dell', slug: 'dell' });
      const p = await make(t.api, P.platforms, { name: 'OS10', slug: 'os10', manufacturer: m.id });
      const res = await t.api.delete(`${P.manufacturers}${m.id}/`);
      expect(res.status).toBe(409);
      expect(res.body.detail).toMatch(/platforms \(1\)/);
      expect((await t.api.delete(`${P.platforms}${p.id}/`)).status).toBe(204);
      const item = await make(t.api, P.inventoryItemTemplates, { device_type: fx.deviceTypes[0], name: uniq('psu'), manufacturer: m.id });
      expect((await t.api.delete(`${P.manufacturers}${m.id}/`)).status).toBe(409);
      expect((await t.api.delete(`${P.inventoryItemTemplates}${item.id}/`)).status).toBe(204);
      expect((await t.api.delete(`${P.manufacturers}${m.id}/`)).status).toBe(204);
    });

    it('takes colours as six lower-case hex digits, grey by default', async () => {
      const bad = await t.api.post(P.deviceRoles, { name: 'Bad', slug: 'bad', color: 'FF0000' });
      expect(bad.status).toBe(400);
      expect(bad.body).toEqual({ color: ['Enter a valid hexadecimal RGB color code.'] });
      const role = await make(t.api, P.deviceRoles, { name: 'Leaf', slug: 'leaf' });
      expect(role).toMatchObject({ color: '9e9e9e', vm_role: true, device_count: 0 });
      const item = await make(t.api, P.inventoryItemRoles, { name: 'Fan', slug: 'fan' });
      expect(item.color).toBe('9e9e9e');
    });
  });

  describe('component templates', () => {
    it('belong to exactly one of a device type and a module type', async () => {
      const neither = await t.api.post(P.consolePortTemplates, { name: 'con' });
      expect(neither.status).toBe(400);
      expect(neither.body).toEqual({ non_field_errors: ['A component template must be associated with either a device type or a module type.'] });
      const both = await t.api.post(P.interfaceTemplates, { device_type: fx.deviceTypes[0], module_type: fx.moduleTypes[0], name: 'x', type: 'virtual' });
      expect(both.body).toEqual({ non_field_errors: ['A component template cannot be associated with both a device type and a module type.'] });
      const bay = await t.api.post(P.deviceBayTemplates, { name: 'bay' });
      expect(bay.body).toEqual({ device_type: ['This field is required.'] });
    });

    it('keep names unique per parent type, and accept {module} on module types', async () => {
      await make(t.api, P.powerPortTemplates, { device_type: fx.deviceTypes[2], name: 'PSU1' });
      const dup = await t.api.post(P.powerPortTemplates, { device_type: fx.deviceTypes[2], name: 'PSU1' });
      expect(dup.status).toBe(400);
      expect(dup.body).toEqual({ non_field_errors: ['The fields device_type, name must make a unique set.'] });
      await make(t.api, P.powerPortTemplates, { device_type: fx.deviceTypes[1], name: 'PSU1' });
      const mod = await make(t.api, P.powerPortTemplates, { module_type: fx.moduleTypes[2], name: 'PSU{module}', label: 'P{module}' });
      expect(mod).toMatchObject({ name: 'PSU{module}', display: 'PSU{module} (P{module})', device_type: null });
      const dupMod = await t.api.post(P.powerPortTemplates, { module_type: fx.moduleTypes[2], name: 'PSU{module}' });
      expect(dupMod.body).toEqual({ non_field_errors: ['The fields module_type, name must make a unique set.'] });
    });

    it('cannot move to another device type', async () => {
      const tpl = await make(t.api, P.consoleServerPortTemplates, { device_type: fx.deviceTypes[0], name: uniq('cs') });
      const res = await t.api.patch(`${P.consoleServerPortTemplates}${tpl.id}/`, { device_type: fx.deviceTypes[1] });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ device_type: ['Component templates cannot be moved to a different device type.'] });
    });

    it('check the allocated draw against the maximum draw', async () => {
      const res = await t.api.post(P.powerPortTemplates, { device_type: fx.deviceTypes[0], name: uniq('psu'), maximum_draw: 500, allocated_draw: 600 });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ allocated_draw: ['Allocated draw cannot exceed the maximum draw (500W).'] });
      expect((await t.api.post(P.powerPortTemplates, { device_type: fx.deviceTypes[0], name: uniq('psu'), maximum_draw: 0 })).body)
        .toEqual({ maximum_draw: ['Ensure this value is greater than or equal to 1.'] });
    });

    it('feed power outlets from a power port of the same parent type', async () => {
      const mine = await make(t.api, P.powerPortTemplates, { device_type: fx.deviceTypes[0], name: uniq('in') });
      const other = await make(t.api, P.powerPortTemplates, { device_type: fx.deviceTypes[1], name: 'inlet-x' });
      const res = await t.api.post(P.powerOutletTemplates, { device_type: fx.deviceTypes[0], name: uniq('out'), power_port: other.id });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ non_field_errors: ['Parent power port (inlet-x) must belong to the same device type'] });
      const modPort = await make(t.api, P.powerPortTemplates, { module_type: fx.moduleTypes[0], name: 'mod-in' });
      const modRes = await t.api.post(P.powerOutletTemplates, { module_type: fx.moduleTypes[1], name: 'o{module}', power_port: modPort.id });
      expect(modRes.body).toEqual({ non_field_errors: ['Parent power port (mod-in) must belong to the same module type'] });
      const ok = await make(t.api, P.powerOutletTemplates, { device_type: fx.deviceTypes[0], name: uniq('out'), power_port: mine.id, feed_leg: 'B' });
      expect(ok.power_port).toMatchObject({ id: mine.id, name: mine.name });
      expect(ok.feed_leg).toEqual({ value: 'B', label: 'B' });
      // Deleting the power port leaves the outlet without one (SET_NULL).
      expect((await t.api.delete(`${P.powerPortTemplates}${mine.id}/`)).status).toBe(204);
      expect((await t.api.get(`${P.powerOutletTemplates}${ok.id}/`)).body.power_port).toBeNull();
    });

    it('bridge interfaces only within the same parent type, never to themselves', async () => {
      const a = await make(t.api, P.interfaceTemplates, { device_type: fx.deviceTypes[0], name: uniq('br'), type: 'bridge' });
      const other = await make(t.api, P.interfaceTemplates, { device_type: fx.deviceTypes[1], name: 'br-other', type: 'bridge' });
      const cross = await t.api.post(P.interfaceTemplates, { device_type: fx.deviceTypes[0], name: uniq('ge'), type: '1000base-t', bridge: other.id });
      expect(cross.status).toBe(400);
      expect(cross.body).toEqual({ bridge: ['Bridge interface (br-other) must belong to the same device type'] });
      const self = await t.api.patch(`${P.interfaceTemplates}${a.id}/`, { bridge: a.id });
      expect(self.body).toEqual({ bridge: ['An interface cannot be bridged to itself.'] });
      const ok = await make(t.api, P.interfaceTemplates, { device_type: fx.deviceTypes[0], name: uniq('ge'), type: '1000base-t', bridge: a.id });
      expect(ok.bridge).toMatchObject({ id: a.id, name: a.name });
      expect(ok).toMatchObject({ enabled: true, mgmt_only: false, poe_mode: null, poe_type: null, rf_role: null });
    });

    it('set a wireless role on wireless interfaces only', async () => {
      const res = await t.api.post(P.interfaceTemplates, { device_type: fx.deviceTypes[0], name: uniq('eth'), type: '1000base-t', rf_role: 'ap' });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ rf_role: ['Wireless role may be set only on wireless interfaces.'] });
      const ok = await make(t.api, P.interfaceTemplates, { device_type: fx.deviceTypes[0], name: uniq('wlan'), type: 'ieee802.11ac', rf_role: 'station' });
      expect(ok.rf_role).toEqual({ value: 'station', label: 'Station' });
    });

    it('map front ports to an existing position of a rear port of the same type, once', async () => {
      const rear = await make(t.api, P.rearPortTemplates, { device_type: fx.deviceTypes[0], name: 'R-mpo', type: 'mpo', positions: 2 });
      const far = await make(t.api, P.rearPortTemplates, { device_type: fx.deviceTypes[1], name: 'R-far', type: 'mpo' });
      const front = (name: string, body: Record<string, unknown>) =>
        t.api.post(P.frontPortTemplates, { device_type: fx.deviceTypes[0], name, type: 'lc', rear_port: rear.id, ...body });
      const beyond = await front('F3', { rear_port_position: 3 });
      expect(beyond.status).toBe(400);
      expect(beyond.body).toEqual({ non_field_errors: ['Invalid rear port position (3); rear port R-mpo has only 2 positions'] });
      const cross = await front('Fx', { rear_port: far.id });
      expect(cross.body).toEqual({ non_field_errors: ['Rear port (R-far) must belong to the same device type'] });
      expect((await front('F1', {})).status).toBe(201);
      const taken = await front('F1b', { rear_port_position: 1 });
      expect(taken.body).toEqual({ non_field_errors: ['The fields rear_port, rear_port_position must make a unique set.'] });
      expect((await front('F0', { rear_port_position: 0 })).body).toEqual({ rear_port_position: ['Ensure this value is greater than or equal to 1.'] });
      const missing = await t.api.post(P.frontPortTemplates, { device_type: fx.deviceTypes[0], name: 'F9', type: 'lc' });
      expect(missing.body).toEqual({ rear_port: ['This field is required.'] });
    });

    it('take 1 to 1024 rear port positions', async () => {
      for (const positions of [0, 1025]) {
        const res = await t.api.post(P.rearPortTemplates, { device_type: fx.deviceTypes[0], name: uniq('R'), type: 'lc', positions });
        expect(res.status).toBe(400);
        expect(Object.keys(res.body)).toEqual(['positions']);
      }
      expect((await make(t.api, P.rearPortTemplates, { device_type: fx.deviceTypes[0], name: uniq('R'), type: 'lc', positions: 1024 })).positions).toBe(1024);
    });

    it('allow device bays on parent device types only', async () => {
      const res = await t.api.post(P.deviceBayTemplates, { device_type: fx.deviceTypes[2], name: 'Bay' });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ non_field_errors: ['Subdevice role of device type (Arista 7050) must be set to "parent" to allow device bays.'] });
    });

    it('nest inventory item templates in a tree and point them at component templates', async () => {
      const dt = await newType();
      const root = await make(t.api, P.inventoryItemTemplates, { device_type: dt.id, name: 'Chassis' });
      const child = await make(t.api, P.inventoryItemTemplates, { device_type: dt.id, name: 'Card', parent: root.id });
      const leaf = await make(t.api, P.inventoryItemTemplates, { device_type: dt.id, name: 'Optic', parent: child.id });
      expect([root._depth, child._depth, leaf._depth]).toEqual([0, 1, 2]);
      expect(child.parent).toBe(root.id);
      const cycle = await t.api.patch(`${P.inventoryItemTemplates}${root.id}/`, { parent: leaf.id });
      expect(cycle.status).toBe(400);
      expect(cycle.body).toEqual({ parent: ['Cannot assign a child object as the parent.'] });
      const foreign = await t.api.post(P.inventoryItemTemplates, { device_type: fx.deviceTypes[0], name: 'Stray', parent: root.id });
      expect(foreign.body).toEqual({ parent: ['The parent inventory item template must belong to the same device type.'] });

      const iface = await make(t.api, P.interfaceTemplates, { device_type: dt.id, name: 'et-0/0/0', type: '100gbase-x-qsfp28' });
      const optic = await make(t.api, P.inventoryItemTemplates, {
        device_type: dt.id, name: 'QSFP', component_type: 'dcim.interfacetemplate', component_id: iface.id,
      });
      expect(optic.component).toMatchObject({ id: iface.id, name: 'et-0/0/0' });
      const wrongType = await t.api.post(P.inventoryItemTemplates, { device_type: dt.id, name: 'X', component_type: 'dcim.manufacturer', component_id: fx.manufacturers[0] });
      expect(wrongType.status).toBe(400);
      expect(Object.keys(wrongType.body)).toEqual(['component_type']);
      const half = await t.api.post(P.inventoryItemTemplates, { device_type: dt.id, name: 'Y', component_type: 'dcim.interfacetemplate' });
      expect(half.status).toBe(400);

      // Moving a subtree re-roots it: Card (with Optic) goes to the top.
      await t.api.patch(`${P.inventoryItemTemplates}${child.id}/`, { parent: null });
      expect((await t.api.get(`${P.inventoryItemTemplates}${leaf.id}/`)).body._depth).toBe(1);
      // Deleting a parent takes its subtree with it.
      expect((await t.api.delete(`${P.inventoryItemTemplates}${child.id}/`)).status).toBe(204);
      expect((await t.api.get(`${P.inventoryItemTemplates}${leaf.id}/`)).status).toBe(404);
    });

    it('are deleted with their device type', async () => {
      const dt = await newType({ subdevice_role: 'parent' });
      const rear = await make(t.api, P.rearPortTemplates, { device_type: dt.id, name: 'R', type: 'lc' });
      const made = [
        await make(t.api, P.interfaceTemplates, { device_type: dt.id, name: 'eth0', type: '1000base-t' }),
        await make(t.api, P.frontPortTemplates, { device_type: dt.id, name: 'F', type: 'lc', rear_port: rear.id }),
        await make(t.api, P.deviceBayTemplates, { device_type: dt.id, name: 'bay' }),
        await make(t.api, P.inventoryItemTemplates, { device_type: dt.id, name: 'item' }),
      ];
      expect((await t.api.delete(`${P.deviceTypes}${dt.id}/`)).status).toBe(204);
      for (const [path, obj] of [[P.rearPortTemplates, rear], [P.interfaceTemplates, made[0]], [P.frontPortTemplates, made[1]],
        [P.deviceBayTemplates, made[2]], [P.inventoryItemTemplates, made[3]]] as const)
        expect((await t.api.get(`${path}${obj.id}/`)).status).toBe(404);
      const mt = await make(t.api, P.moduleTypes, { manufacturer: fx.manufacturers[0], model: uniq('card') });
      const tpl = await make(t.api, P.consolePortTemplates, { module_type: mt.id, name: 'con{module}' });
      expect((await t.api.delete(`${P.moduleTypes}${mt.id}/`)).status).toBe(204);
      expect((await t.api.get(`${P.consolePortTemplates}${tpl.id}/`)).status).toBe(404);
    });
  });
});
