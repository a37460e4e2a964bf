/** Image attachment uploads: multipart and JSON, limits, the files on disk, serving and removal. */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import { IMAGES, SITES, contentApp, png, pngDataUri, sites, tempMediaRoot, upload } from './fixtures.js';

/** Waits for the after-commit file removal to settle. */
const settle = () => new Promise((r) => setTimeout(r, 50));

eachDatabase(() => {
  let t: TestApp;
  let media: string;
  let siteIds: number[];
  let tenant: number;
  const fileOf = (url: string) => path.join(media, new URL(url).pathname.replace(/^\/media\//, ''));

  beforeAll(async () => {
    media = tempMediaRoot();
    t = await createTestApp(contentApp(media, { maxImageSize: 2048 }));
    ({ sites: siteIds, tenant } = await sites(t));
  });
  afterAll(async () => t.close());

  describe('image attachments', () => {
    it('uploads an image as multipart/form-data, stores it as NetBox names it and serves it', async () => {
      const res = await upload(t.api, { object_type: 'dcim.site', object_id: String(siteIds[0]), name: 'Front view' }, { data: png(7, 5), name: 'photo.PNG' });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(res.body).toMatchObject({
        object_type: 'dcim.site', object_id: siteIds[0], name: 'Front view', image_width: 7, image_height: 5, display: 'Front view',
        parent: { id: siteIds[0], name: 'Site 1' },
      });
      expect(res.body.image).toBe(`${t.baseUrl}/media/image-attachments/site_${siteIds[0]}_Front_view.png`);
      expect(fs.readFileSync(fileOf(res.body.image))).toEqual(png(7, 5));
      const served = await fetch(res.body.image, { headers: { authorization: t.api.auth! } });
      expect(served.status).toBe(200);
      expect(served.headers.get('content-type')).toBe('image/png');
      expect(Buffer.from(await served.arrayBuffer())).toEqual(png(7, 5));
    });

    it('keeps both files when two uploads want the same name', async () => {
      const a = await upload(t.api, { object_type: 'dcim.site', object_id: String(siteIds[1]) }, { data: png(1, 1), name: 'same.png' });
      const b = await upload(t.api, { object_type: 'dcim.site', object_id: String(siteIds[1]) }, { data: png(2, 2), name: 'same.png' });
      expect(a.status).toBe(201);
      expect(b.status).toBe(201);
      expect(a.body.image).not.toBe(b.body.image);
      expect(a.body.display).toBe('same.png');
      expect(fs.existsSync(fileOf(a.body.image)) && fs.existsSync(fileOf(b.body.image))).toBe(true);
    });

    it('refuses files over maxImageSize, non-images, SVG and missing files with 400, writing nothing', async () => {
      const before = fs.readdirSync(path.join(media, 'image-attachments')).length;
      const fields = { object_type: 'dcim.site', object_id: String(siteIds[0]) };
      const big = await upload(t.api, fields, { data: Buffer.concat([png(2, 2), crypto.randomBytes(4096)]), name: 'big.png' });
      expect(big.status).toBe(400);
      expect(big.body).toEqual({ image: ['The image is too large: the limit is 2048 bytes.'] });
      const text = await upload(t.api, fields, { data: Buffer.from('hello'), name: 'x.png' });
      expect(text.body).toEqual({ image: ['Upload a valid image. The file you uploaded was either not an image or a corrupted image.'] });
      const svg = await upload(t.api, fields, { data: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"></svg>'), name: 'x.svg', type: 'image/svg+xml' });
      expect(svg.status).toBe(400);
      expect((await upload(t.api, fields)).body).toEqual({ image: ['No file was submitted.'] });
      expect((await t.api.post(IMAGES, { ...fields, object_id: siteIds[0] })).body).toEqual({ image: ['No file was submitted.'] });
      expect((await t.api.post(IMAGES, { ...fields, image: 'photo.png' })).body).toEqual({ image: ['The submitted data was not a file. Check the encoding type on the form.'] });
      expect(fs.readdirSync(path.join(media, 'image-attachments')).length).toBe(before);
      expect((await t.api.get(IMAGES)).body.count).toBe(3);
    });

    it('validates the parent (type with the feature, existing object) and removes the stored file on failure', async () => {
      const before = fs.readdirSync(path.join(media, 'image-attachments')).length;
      const noFeature = await upload(t.api, { object_type: 'tenancy.tenant', object_id: String(tenant) }, { data: png(1, 1), name: 'a.png' });
      expect(noFeature.status).toBe(400);
      expect(noFeature.body).toEqual({ non_field_errors: ['Image attachments cannot be assigned to this object type (tenancy.tenant).'] });
      const missing = await upload(t.api, { object_type: 'dcim.site', object_id: '999999' }, { data: png(1, 1), name: 'a.png' });
      expect(missing.status).toBe(400);
      expect(missing.body.object_id).toBeDefined();
      expect(fs.readdirSync(path.join(media, 'image-attachments')).length).toBe(before);
    });

    it('changes the name with a JSON PATCH, and removes the file after the delete commits', async () => {
      const created = await t.api.post(IMAGES, { object_type: 'dcim.site', object_id: siteIds[2], name: 'json', image: pngDataUri(3, 3) });
      expect(created.status).toBe(201);
      const patched = await t.api.patch(`${IMAGES}${created.body.id}/`, { name: 'Renamed' });
      expect(patched.status).toBe(200);
      expect(patched.body).toMatchObject({ name: 'Renamed', image: created.body.image, image_width: 3 });
      const file = fileOf(created.body.image);
      expect(fs.existsSync(file)).toBe(true);
      expect((await t.api.delete(`${IMAGES}${created.body.id}/`)).status).toBe(204);
      await settle();
      expect(fs.existsSync(file)).toBe(false);
      expect((await fetch(created.body.image, { headers: { authorization: t.api.auth! } })).status).toBe(404);
    });

    it('replaces the image with a multipart or data-URI PATCH, removing the old file after commit', async () => {
      const created = await upload(t.api, { object_type: 'dcim.site', object_id: String(siteIds[2]), name: 'swap' }, { data: png(1, 1), name: 'a.png' });
      const detail = `${IMAGES}${created.body.id}/`;
      const old = fileOf(created.body.image);
      const res = await upload(t.api, { name: 'swapped' }, { data: png(9, 4), name: 'b.png' }, { method: 'PATCH', path: detail });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body).toMatchObject({ name: 'swapped', image_width: 9, image_height: 4, object_id: siteIds[2] });
      expect(res.headers.get('etag')).toMatch(/^W\/"/);
      expect(res.body.image).toBe(`${t.baseUrl}/media/image-attachments/site_${siteIds[2]}_swapped.png`);
      await settle();
      expect(fs.existsSync(old)).toBe(false);
      expect(fs.readFileSync(fileOf(res.body.image))).toEqual(png(9, 4));
      const json = await t.api.patch(detail, { image: pngDataUri(2, 7) });
      expect(json.body).toMatchObject({ name: 'swapped', image_width: 2, image_height: 7 });
      await settle();
      expect(fs.existsSync(fileOf(res.body.image))).toBe(false);
      // A bad file changes nothing; a stale If-Match still answers 412.
      const bad = await upload(t.api, {}, { data: Buffer.from('nope'), name: 'c.png' }, { method: 'PATCH', path: detail });
      expect(bad.status).toBe(400);
      expect((await t.api.patch(detail, { name: 'x' }, { headers: { 'if-match': 'W/"2000-01-01T00:00:00.000Z"' } })).status).toBe(412);
      expect((await t.api.get(detail)).body).toMatchObject({ name: 'swapped', image_width: 2 });
      expect((await t.api.patch(detail, [{ name: 'x' }])).status).toBe(400);
    });

    it('deletes the attachments (and files) of a deleted object', async () => {
      const site = (await t.api.post(SITES, { name: 'Doomed', slug: 'doomed' })).body.id;
      const img = await upload(t.api, { object_type: 'dcim.site', object_id: String(site) }, { data: png(1, 1), name: 'doomed.png' });
      expect(img.status).toBe(201);
      expect((await t.api.delete(`${SITES}${site}/`)).status).toBe(204);
      await settle();
      expect((await t.api.get(`${IMAGES}${img.body.id}/`)).status).toBe(404);
      expect(fs.existsSync(fileOf(img.body.image))).toBe(false);
    });

    it("documents the upload routes under NetBox's operation ids", async () => {
      const doc = (await t.api.get('/api/schema/?format=json')).body;
      expect(doc.paths[IMAGES].post.operationId).toBe('extras_image_attachments_create');
      expect(doc.paths[`${IMAGES}{id}/`].patch.operationId).toBe('extras_image_attachments_partial_update');
      expect(doc.paths[`${IMAGES}{id}/`].put.operationId).toBe('extras_image_attachments_update');
      expect(doc.paths[`${IMAGES}{id}/`].get.operationId).toBe('extras_image_attachments_retrieve');
    });

    it('needs the add permission to upload, and never serves paths outside the image folder', async () => {
      const viewer = await t.createUser({ permissions: [{ objectTypes: ['extras.imageattachment'], actions: ['view'] }] });
      const res = await upload(viewer.client, { object_type: 'dcim.site', object_id: String(siteIds[0]) }, { data: png(1, 1), name: 'a.png' });
      expect(res.status).toBe(403);
      const before = fs.readdirSync(media).sort();
      const sneaky = await upload(t.api, { object_type: 'a./../../x', object_id: '1' }, { data: png(1, 1), name: '../../y.png' });
      expect(sneaky.status).toBe(400);
      expect(fs.readdirSync(media).sort()).toEqual(before);
      fs.writeFileSync(path.join(media, 'secret.txt'), 'secret');
      const escape = await fetch(`${t.baseUrl}/media/image-attachments/..%2Fsecret.txt`, { headers: { authorization: t.api.auth! } });
      expect(escape.status).toBe(404);
      // Media are behind the login as the API is (LOGIN_REQUIRED).
      const listed = (await t.api.get(IMAGES)).body.results[0].image as string;
      expect((await fetch(listed)).status).toBe(403);
    });
  });
});
