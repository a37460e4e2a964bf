/** The full REST contract of /api/dcim/rear-port-templates/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { P, TEMPLATE_BRIEF, dcimApp, withTemplates, type TemplateFixtures } from './fixtures.js';

describeApiViewSet<TemplateFixtures>({
  ...dcimApp,
  path: P.rearPortTemplates,
  model: 'dcim.rearporttemplate',
  fields: [
    'id', 'url', 'display', 'device_type', 'module_type', 'name', 'label', 'type', 'color', 'positions', 'description',
    'created', 'last_updated',
  ],
  briefFields: TEMPLATE_BRIEF,
  setup: withTemplates(P.rearPortTemplates, (fx) => [
    { device_type: fx.deviceTypes[0], name: 'R1', type: 'mpo', positions: 12, color: 'ffeb3b' },
    { device_type: fx.deviceTypes[1], name: 'R1', type: 'lc', positions: 2 },
    { module_type: fx.moduleTypes[0], name: 'R{module}', type: '8p8c', description: 'copper' },
  ]),
  createData: (fx) => [
    { device_type: fx.deviceTypes[1], name: 'R2', type: 'mpo', positions: 24 },
    { device_type: fx.deviceTypes[2], name: 'rear', type: 'sc', color: '2196f3' },
    { module_type: fx.moduleTypes[1], name: 'rear{module}', type: 'lc-apc', positions: 1024 },
  ],
  updateData: { name: 'R1-A', positions: 6, color: '000000' },
  bulkUpdateData: { description: 'bulk edited' },
  invalidData: (fx) => ({ device_type: fx.deviceTypes[0], name: 'bad', type: 'lc', positions: 1025 }),
  filters: (fx) => ({
    [`device_type_id=${fx.deviceTypes[0]}`]: 1,
    [`module_type_id=${fx.moduleTypes[0]}`]: 1,
    'type=lc': 1,
    'positions=1': 1,
    'positions__gt=1': 2,
    'color=ffeb3b': 1,
    'color__empty=true': 2,
    'q=copper': 1,
  }),
});
