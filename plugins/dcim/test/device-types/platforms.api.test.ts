/** The full REST contract of /api/dcim/platforms/ (generated), on every database. */
import type { TestApp } from '@patchbay/core/testing';
import { describeApiViewSet } from '@patchbay/core/testing';
import { P, dcimApp, make, typeFixtures, type TypeFixtures } from './fixtures.js';

type Fx = TypeFixtures & { platforms: number[] };

async function platforms(app: TestApp): Promise<Fx> {
  const fx = await typeFixtures(app);
  const ids: number[] = [];
  for (const body of [
    { name: 'Junos', slug: 'junos', manufacturer: fx.manufacturers[0], description: 'router OS' },
    { name: 'IOS-XE', slug: 'ios-xe', manufacturer: fx.manufacturers[1] },
    { name: 'Linux', slug: 'linux' },
  ]) ids.push((await make(app.api, P.platforms, body)).id);
  return { ...fx, platforms: ids };
}

describeApiViewSet<Fx>({
  ...dcimApp,
  path: P.platforms,
  model: 'dcim.platform',
  fields: [
    'id', 'url', 'display_url', 'display', 'name', 'slug', 'manufacturer', 'description', 'tags', 'custom_fields',
    'created', 'last_updated', 'device_count',
  ],
  briefFields: ['id', 'url', 'display', 'name', 'slug', 'description', 'device_count'],
  setup: platforms,
  createData: (fx) => [
    { name: 'EOS', slug: 'eos', manufacturer: fx.manufacturers[2] },
    { name: 'NX-OS', slug: 'nx-os', manufacturer: { slug: 'cisco' } },
    { name: 'FreeBSD', slug: 'freebsd', description: 'bsd' },
  ],
  updateData: { name: 'Junos OS', description: 'updated' },
  bulkUpdateData: { description: 'bulk edited' },
  invalidData: { name: 'Bad', slug: 'bad slug!' },
  filters: (fx) => ({
    [`manufacturer_id=${fx.manufacturers[0]}`]: 1,
    'manufacturer=cisco': 1,
    'manufacturer_id=null': 1,
    'name__ie=linux': 1,
    'slug=ios-xe': 1,
    [`available_for_device_type=${fx.deviceTypes[0]}`]: 2,
    [`available_for_device_type=${fx.deviceTypes[2]}`]: 1,
    'q=router': 1,
  }),
});
