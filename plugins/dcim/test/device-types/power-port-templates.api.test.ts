/** The full REST contract of /api/dcim/power-port-templates/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { P, TEMPLATE_BRIEF, dcimApp, withTemplates, type TemplateFixtures } from './fixtures.js';

describeApiViewSet<TemplateFixtures>({
  ...dcimApp,
  path: P.powerPortTemplates,
  model: 'dcim.powerporttemplate',
  fields: [
    'id', 'url', 'display', 'device_type', 'module_type', 'name', 'label', 'type', 'maximum_draw', 'allocated_draw',
    'description', 'created', 'last_updated',
  ],
  briefFields: TEMPLATE_BRIEF,
  setup: withTemplates(P.powerPortTemplates, (fx) => [
    { device_type: fx.deviceTypes[0], name: 'PSU0', type: 'iec-60320-c14', maximum_draw: 800, allocated_draw: 400 },
    { device_type: fx.deviceTypes[1], name: 'PSU0', type: 'iec-60320-c20', maximum_draw: 2000 },
    { module_type: fx.moduleTypes[2], name: 'PSU{module}', type: 'dc-terminal', description: 'dc feed' },
  ]),
  createData: (fx) => [
    { device_type: fx.deviceTypes[1], name: 'PSU1', type: 'iec-60320-c14', maximum_draw: 800, allocated_draw: 400 },
    { device_type: fx.deviceTypes[2], name: 'PS1', type: 'nema-5-15p' },
    { module_type: fx.moduleTypes[1], name: 'PWR{module}', allocated_draw: 50 },
  ],
  updateData: { name: 'PSU-A', maximum_draw: 900, allocated_draw: 450 },
  bulkUpdateData: { description: 'bulk edited' },
  invalidData: (fx) => ({ device_type: fx.deviceTypes[0], name: 'bad', maximum_draw: 100, allocated_draw: 200 }),
  filters: (fx) => ({
    [`device_type_id=${fx.deviceTypes[1]}`]: 1,
    [`module_type_id=${fx.moduleTypes[2]}`]: 1,
    'type=iec-60320-c14': 1,
    'maximum_draw__gte=1000': 1,
    'maximum_draw__empty=true': 1,
    'allocated_draw=400': 1,
    'name__ic=psu': 3,
    'q=dc feed': 1,
  }),
});
