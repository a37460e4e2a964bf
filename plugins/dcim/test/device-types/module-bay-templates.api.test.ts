/** The full REST contract of /api/dcim/module-bay-templates/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { P, TEMPLATE_BRIEF, dcimApp, withTemplates, type TemplateFixtures } from './fixtures.js';

describeApiViewSet<TemplateFixtures>({
  ...dcimApp,
  path: P.moduleBayTemplates,
  model: 'dcim.modulebaytemplate',
  fields: ['id', 'url', 'display', 'device_type', 'module_type', 'name', 'label', 'position', 'description', 'created', 'last_updated'],
  briefFields: TEMPLATE_BRIEF,
  setup: withTemplates(P.moduleBayTemplates, (fx) => [
    { device_type: fx.deviceTypes[0], name: 'FPC0', position: '0', label: 'slot 0' },
    { device_type: fx.deviceTypes[1], name: 'Slot 1', position: '1' },
    { module_type: fx.moduleTypes[0], name: 'PIC{module}', description: 'sub-slot' },
  ]),
  createData: (fx) => [
    { device_type: fx.deviceTypes[1], name: 'FPC1', position: '1' },
    { device_type: fx.deviceTypes[2], name: 'PSU bay', position: 'A' },
    { module_type: fx.moduleTypes[1], name: 'SFP{module}', position: '{module}' },
  ],
  updateData: { name: 'FPC-0', position: '00', label: 'updated' },
  bulkUpdateData: { description: 'bulk edited' },
  invalidData: (fx) => ({ device_type: fx.deviceTypes[0], name: 'bad', position: 'x'.repeat(31) }),
  filters: (fx) => ({
    [`device_type_id=${fx.deviceTypes[0]}`]: 1,
    [`module_type_id=${fx.moduleTypes[0]}`]: 1,
    'position=1': 1,
    'position__empty=true': 1,
    'label__ic=slot': 1,
    'name__isw=pic': 1,
    'q=sub': 1,
  }),
});
