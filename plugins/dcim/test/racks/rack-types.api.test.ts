/** The full REST contract of /api/dcim/rack-types/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { TYPES, make, places, racksApp, type Places } from './fixtures.js';

interface Fx extends Places { types: number[] }

describeApiViewSet<Fx>({
  ...racksApp,
  path: TYPES,
  model: 'dcim.racktype',
  fields: [
    'id', 'url', 'display_url', 'display', 'manufacturer', 'model', 'slug', 'description', 'form_factor', 'width',
    'u_height', 'starting_unit', 'desc_units', 'outer_width', 'outer_depth', 'outer_unit', 'weight', 'max_weight',
    'weight_unit', 'mounting_depth', 'comments', 'tags', 'custom_fields', 'created', 'last_updated',
  ],
  briefFields: ['id', 'url', 'display', 'manufacturer', 'model', 'slug', 'description'],
  setup: async (app) => {
    const p = await places(app);
    const types = [
      (await make(app.api, TYPES, { manufacturer: p.manufacturers[0], model: 'Rack Type 1', slug: 'rack-type-1', form_factor: '4-post-cabinet', u_height: 42, description: 'cabinet' })).id,
      (await make(app.api, TYPES, {
        manufacturer: p.manufacturers[1], model: 'Rack Type 2', slug: 'rack-type-2', form_factor: '2-post-frame', width: 23, u_height: 48,
        starting_unit: 2, desc_units: true, outer_width: 600, outer_depth: 1000, outer_unit: 'mm', weight: 120.5, max_weight: 1000, weight_unit: 'kg', mounting_depth: 800,
      })).id,
      (await make(app.api, TYPES, { manufacturer: p.manufacturers[2], model: 'Rack Type 3', slug: 'rack-type-3', form_factor: 'wall-frame', width: 10, u_height: 12, comments: 'small wall frame' })).id,
    ];
    return { ...p, types };
  },
  createData: (fx) => [
    { manufacturer: fx.manufacturers[0], model: 'Rack Type 4', slug: 'rack-type-4', form_factor: '4-post-frame' },
    { manufacturer: fx.manufacturers[1], model: 'Rack Type 5', slug: 'rack-type-5', form_factor: 'wall-cabinet', width: 21, u_height: 24, outer_width: 20, outer_unit: 'in' },
    { manufacturer: fx.manufacturers[2], model: 'Rack Type 6', slug: 'rack-type-6', form_factor: '2-post-frame', weight: 50, weight_unit: 'lb', description: 'six' },
  ],
  updateData: { u_height: 45, description: 'updated', form_factor: '4-post-frame' },
  bulkUpdateData: { description: 'bulk edited' },
  invalidData: { model: 'Bad', slug: 'bad', form_factor: 'barrel' },
  filters: (fx) => ({
    'model=Rack Type 1': 1,
    'model__ic=type': 3,
    'slug=rack-type-2&slug=rack-type-3': 2,
    [`manufacturer_id=${fx.manufacturers[0]}`]: 1,
    'manufacturer=manufacturer-2&manufacturer=manufacturer-3': 2,
    'manufacturer__n=manufacturer-1': 2,
    'form_factor=4-post-cabinet': 1,
    'form_factor__n=4-post-cabinet': 2,
    'width=19': 1,
    'width=10&width=23': 2,
    'width__isw=2': 1,
    'u_height__gte=42': 2,
    'starting_unit=2': 1,
    'desc_units=true': 1,
    'outer_unit=mm': 1,
    'outer_width__lt=1000': 1,
    'weight_unit=kg': 1,
    'max_weight__gte=500': 1,
    'mounting_depth=800': 1,
    'q=wall': 1,
    'description__empty=false': 1,
  }),
});
