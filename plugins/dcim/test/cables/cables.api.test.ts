/** The full REST contract of /api/dcim/cables/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { CABLES, cableWorld, dcimApp, iface, make, type CableFixtures } from './fixtures.js';

interface Fx extends CableFixtures { cables: number[] }

describeApiViewSet<Fx>({
  ...dcimApp,
  path: CABLES,
  model: 'dcim.cable',
  fields: [
    'id', 'url', 'display_url', 'display', 'type', 'a_terminations', 'b_terminations', 'status', 'tenant', 'label', 'color',
    'length', 'length_unit', 'description', 'comments', 'tags', 'custom_fields', 'created', 'last_updated',
  ],
  briefFields: ['id', 'url', 'display', 'label', 'description'],
  setup: async (app) => {
    const fx = await cableWorld(app);
    const [i1, i2, i3] = fx.ifaces as [number[], number[], number[]];
    const cables = [
      (await make(app.api, CABLES, {
        a_terminations: iface(i1[0]!, i1[1]!), b_terminations: iface(i2[0]!, i2[1]!), type: 'cat6', status: 'connected',
        tenant: fx.tenants[0], label: 'C-1', color: 'ff0000', length: 2.5, length_unit: 'm', description: 'first cable',
      })).id,
      (await make(app.api, CABLES, {
        a_terminations: iface(i1[2]!), b_terminations: iface(i3[0]!), type: 'smf', status: 'planned', tenant: fx.tenants[1], label: 'C-2',
      })).id,
      (await make(app.api, CABLES, {
        a_terminations: iface(i2[2]!), b_terminations: iface(i3[1]!), status: 'decommissioning', tenant: fx.tenants[2], comments: 'old run',
      })).id,
    ];
    return { ...fx, cables };
  },
  createData: (fx) => [
    { a_terminations: iface(fx.ifaces[0]![3]!), b_terminations: iface(fx.ifaces[1]![3]!), label: 'N-1' },
    { a_terminations: iface(fx.ifaces[0]![4]!), b_terminations: iface(fx.ifaces[1]![4]!), type: 'cat5e', tenant: fx.tenants[1] },
    { a_terminations: iface(fx.ifaces[0]![5]!), b_terminations: iface(fx.ifaces[2]![5]!), length: 10, length_unit: 'ft', status: 'planned' },
  ],
  updateData: { label: 'renamed', status: 'planned', color: '00ff00' },
  bulkUpdateData: { description: 'bulk edited' },
  invalidData: { a_terminations: [], b_terminations: [], label: 'bad' },
  filters: (fx) => ({
    'label=C-1': 1,
    'label__ic=c-': 2,
    'type=cat6': 1,
    'status=planned': 1,
    'status=connected&status=planned': 2,
    'color=ff0000': 1,
    'length=2.5': 1,
    'length_unit=m': 1,
    [`tenant_id=${fx.tenants[0]}`]: 1,
    'tenant=tenant-2': 1,
    [`device_id=${fx.devices[0]}`]: 2,
    'device=dev-3': 2,
    [`site_id=${fx.sites[1]}`]: 2,
    'site=site-1': 3,
    [`interface_id=${fx.ifaces[0]![0]}`]: 1,
    [`interface_id=${fx.ifaces[0]![0]}&interface_id=${fx.ifaces[2]![1]}`]: 2,
    [`termination_a_id=${fx.ifaces[0]![2]}`]: 1,
    [`termination_b_id=${fx.ifaces[0]![2]}`]: 0,
    'termination_a_type=dcim.interface': 3,
    'termination_b_type=dcim.consoleport': 0,
    'unterminated=false': 3,
    'unterminated=true': 0,
    'description=first cable': 1,
    'q=first': 1,
  }),
});
