/** The full REST contract of /api/dcim/power-outlet-templates/ (generated), on every database. */
import type { TestApp } from '@patchbay/core/testing';
import { describeApiViewSet } from '@patchbay/core/testing';
import { P, TEMPLATE_BRIEF, dcimApp, make, typeFixtures, type TypeFixtures } from './fixtures.js';

type Fx = TypeFixtures & { powerPorts: number[]; templates: number[] };

/** A power port template on device type 0, device type 1 and module type 0; an outlet fed by each. */
async function outlets(app: TestApp): Promise<Fx> {
  const fx = await typeFixtures(app);
  const parents = [{ device_type: fx.deviceTypes[0] }, { device_type: fx.deviceTypes[1] }, { module_type: fx.moduleTypes[0] }];
  const powerPorts: number[] = [];
  for (const parent of parents) powerPorts.push((await make(app.api, P.powerPortTemplates, { ...parent, name: 'inlet' })).id);
  const templates = [
    (await make(app.api, P.powerOutletTemplates, { ...parents[0], name: 'out1', type: 'iec-60320-c13', power_port: powerPorts[0], feed_leg: 'A' })).id,
    (await make(app.api, P.powerOutletTemplates, { ...parents[1], name: 'out1', type: 'iec-60320-c19', power_port: powerPorts[1], feed_leg: 'B' })).id,
    (await make(app.api, P.powerOutletTemplates, { ...parents[2], name: 'out{module}', description: 'module outlet' })).id,
  ];
  return { ...fx, powerPorts, templates };
}

describeApiViewSet<Fx>({
  ...dcimApp,
  path: P.powerOutletTemplates,
  model: 'dcim.poweroutlettemplate',
  fields: [
    'id', 'url', 'display', 'device_type', 'module_type', 'name', 'label', 'type', 'power_port', 'feed_leg',
    'description', 'created', 'last_updated',
  ],
  briefFields: TEMPLATE_BRIEF,
  setup: outlets,
  createData: (fx) => [
    { device_type: fx.deviceTypes[1], name: 'out2', type: 'iec-60320-c13', power_port: fx.powerPorts[1], feed_leg: 'C' },
    { device_type: fx.deviceTypes[2], name: 'out1', type: 'nema-5-15r' },
    { module_type: fx.moduleTypes[0], name: 'aux{module}', power_port: fx.powerPorts[2] },
  ],
  updateData: { name: 'outlet-1', feed_leg: 'C', label: 'updated' },
  bulkUpdateData: { description: 'bulk edited' },
  // A power port of another device type.
  invalidData: (fx) => ({ device_type: fx.deviceTypes[0], name: 'bad', power_port: fx.powerPorts[1] }),
  filters: (fx) => ({
    [`device_type_id=${fx.deviceTypes[0]}`]: 1,
    [`module_type_id=${fx.moduleTypes[0]}`]: 1,
    [`power_port_id=${fx.powerPorts[1]}`]: 1,
    'power_port_id=null': 1,
    'feed_leg=A': 1,
    'feed_leg__n=A': 2,
    'type=iec-60320-c19': 1,
    'q=module': 1,
  }),
});
