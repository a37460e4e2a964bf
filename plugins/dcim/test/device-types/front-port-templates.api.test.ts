/** The full REST contract of /api/dcim/front-port-templates/ (generated), on every database. */
import type { TestApp } from '@patchbay/core/testing';
import { describeApiViewSet } from '@patchbay/core/testing';
import { P, TEMPLATE_BRIEF, dcimApp, make, typeFixtures, type TypeFixtures } from './fixtures.js';

type Fx = TypeFixtures & { rearPorts: number[]; templates: number[] };

/** A 4-position rear port on device type 0, device type 1 and module type 0; a front port mapped to position 1 of each. */
async function frontPorts(app: TestApp): Promise<Fx> {
  const fx = await typeFixtures(app);
  const parents = [{ device_type: fx.deviceTypes[0] }, { device_type: fx.deviceTypes[1] }, { module_type: fx.moduleTypes[0] }];
  const rearPorts: number[] = [];
  for (const parent of parents) rearPorts.push((await make(app.api, P.rearPortTemplates, { ...parent, name: 'R1', type: 'mpo', positions: 4 })).id);
  const templates = [
    (await make(app.api, P.frontPortTemplates, { ...parents[0], name: 'F1', type: 'lc', rear_port: rearPorts[0], color: 'ff9800' })).id,
    (await make(app.api, P.frontPortTemplates, { ...parents[1], name: 'F1', type: 'sc', rear_port: rearPorts[1], rear_port_position: 1 })).id,
    (await make(app.api, P.frontPortTemplates, { ...parents[2], name: 'F{module}', type: 'lc', rear_port: rearPorts[2], description: 'module port' })).id,
  ];
  return { ...fx, rearPorts, templates };
}

describeApiViewSet<Fx>({
  ...dcimApp,
  path: P.frontPortTemplates,
  model: 'dcim.frontporttemplate',
  fields: [
    'id', 'url', 'display', 'device_type', 'module_type', 'name', 'label', 'type', 'color', 'rear_port',
    'rear_port_position', 'description', 'created', 'last_updated',
  ],
  briefFields: TEMPLATE_BRIEF,
  setup: frontPorts,
  createData: (fx) => [
    { device_type: fx.deviceTypes[1], name: 'F2', type: 'lc', rear_port: fx.rearPorts[1], rear_port_position: 2 },
    { device_type: fx.deviceTypes[1], name: 'F4', type: 'sc', rear_port: fx.rearPorts[1], rear_port_position: 4 },
    { module_type: fx.moduleTypes[0], name: 'G{module}', type: 'lc', rear_port: fx.rearPorts[2], rear_port_position: 3 },
  ],
  updateData: { name: 'F1-A', rear_port_position: 3, color: '00bcd4' },
  bulkUpdateData: { description: 'bulk edited' },
  // Position 5 of a 4-position rear port.
  invalidData: (fx) => ({ device_type: fx.deviceTypes[0], name: 'bad', type: 'lc', rear_port: fx.rearPorts[0], rear_port_position: 5 }),
  filters: (fx) => ({
    [`device_type_id=${fx.deviceTypes[0]}`]: 1,
    [`module_type_id=${fx.moduleTypes[0]}`]: 1,
    [`rear_port_id=${fx.rearPorts[1]}`]: 1,
    [`rear_port_id=${fx.rearPorts[0]}&rear_port_id=${fx.rearPorts[2]}`]: 2,
    'rear_port_position=1': 3,
    'type=lc': 2,
    'color=ff9800': 1,
    'q=module': 1,
  }),
});
