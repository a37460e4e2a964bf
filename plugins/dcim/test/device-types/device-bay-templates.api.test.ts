/** The full REST contract of /api/dcim/device-bay-templates/ (generated), on every database. */
import { expect } from 'vitest';
import type { TestApp } from '@patchbay/core/testing';
import { describeApiViewSet } from '@patchbay/core/testing';
import { P, TEMPLATE_BRIEF, dcimApp, make, typeFixtures, type TemplateFixtures } from './fixtures.js';

/** Device type 2 becomes a parent too, so each of the three parents gets one bay. */
async function bays(app: TestApp): Promise<TemplateFixtures> {
  const fx = await typeFixtures(app);
  expect((await app.api.patch(`${P.deviceTypes}${fx.deviceTypes[2]}/`, { subdevice_role: 'parent' })).status).toBe(200);
  const templates: number[] = [];
  for (const [i, body] of [{ name: 'Bay 1', label: 'B1' }, { name: 'Bay 1' }, { name: 'Blade 1', description: 'blade slot' }].entries())
    templates.push((await make(app.api, P.deviceBayTemplates, { device_type: fx.deviceTypes[i], ...body })).id);
  return { ...fx, templates };
}

describeApiViewSet<TemplateFixtures>({
  ...dcimApp,
  path: P.deviceBayTemplates,
  model: 'dcim.devicebaytemplate',
  fields: ['id', 'url', 'display', 'device_type', 'name', 'label', 'description', 'created', 'last_updated'],
  briefFields: TEMPLATE_BRIEF,
  setup: bays,
  createData: (fx) => [
    { device_type: fx.deviceTypes[1], name: 'Bay 2' },
    { device_type: fx.deviceTypes[0], name: 'Bay 2', label: 'B2' },
    { device_type: { slug: 'dcs-7050' }, name: 'Blade 2', description: 'second blade' },
  ],
  updateData: { name: 'Bay 1A', label: 'updated' },
  bulkUpdateData: { description: 'bulk edited' },
  invalidData: (fx) => ({ device_type: fx.deviceTypes[0], name: '' }),
  filters: (fx) => ({
    [`device_type_id=${fx.deviceTypes[0]}`]: 1,
    [`device_type_id=${fx.deviceTypes[1]}&device_type_id=${fx.deviceTypes[2]}`]: 2,
    'name=Bay 1': 2,
    'label=B1': 1,
    'q=blade': 1,
  }),
});
