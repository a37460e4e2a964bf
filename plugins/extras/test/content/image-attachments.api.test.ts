/**
 * The full REST contract of /api/extras/image-attachments/ (generated), on every database. The
 * generated creates are JSON, so their images are base64 data URIs (Patchbay's JSON form of an
 * upload); multipart uploads are covered in image-attachments.test.ts.
 */
import { describeApiViewSet } from '@patchbay/core/testing';
import { IMAGES, contentApp, make, pngDataUri, sites } from './fixtures.js';

describeApiViewSet<{ sites: number[]; images: number[] }>({
  ...contentApp(),
  path: IMAGES,
  model: 'extras.imageattachment',
  fields: ['id', 'url', 'display', 'object_type', 'object_id', 'parent', 'name', 'image', 'image_height', 'image_width', 'created', 'last_updated'],
  briefFields: ['id', 'url', 'display', 'name', 'image'],
  setup: async (app) => {
    const fx = await sites(app);
    const images = [
      (await make(app.api, IMAGES, { object_type: 'dcim.site', object_id: fx.sites[0], name: 'Front', image: pngDataUri(4, 3) })).id,
      (await make(app.api, IMAGES, { object_type: 'dcim.site', object_id: fx.sites[1], name: 'Rear', image: pngDataUri(8, 2) })).id,
      (await make(app.api, IMAGES, { object_type: 'dcim.site', object_id: fx.sites[2], image: pngDataUri(2, 2) })).id,
    ];
    return { sites: fx.sites, images };
  },
  createData: (fx) => [
    { object_type: 'dcim.site', object_id: fx.sites[0], name: 'Four', image: pngDataUri(1, 1) },
    { object_type: 'dcim.site', object_id: fx.sites[1], name: 'Five', image: pngDataUri(5, 5) },
    { object_type: 'dcim.site', object_id: fx.sites[2], name: 'Six', image: pngDataUri(6, 1) },
  ],
  // Written as a data URI, shown as the stored file's URL: not compared with what was written.
  writeOnlyFields: ['image'],
  updateData: { name: 'Renamed' },
  bulkUpdateData: { name: 'Bulk' },
  invalidData: (fx) => ({ object_type: 'dcim.site', object_id: fx.sites[0], name: 'Bad', image: 'data:image/png;base64,bm90IGFuIGltYWdl' }),
  filters: (fx) => ({
    'name=Front': 1,
    'name__ic=r': 2,
    'object_type=dcim.site': 3,
    'object_type=tenancy.tenant': 0,
    [`object_id=${fx.sites[1]}`]: 1,
    'image_width=8': 1,
    'image_height__gte=3': 1,
    'q=rear': 1,
    [`id=${fx.images[0]}`]: 1,
  }),
});
