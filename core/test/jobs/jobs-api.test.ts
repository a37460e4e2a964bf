/** GET /api/core/jobs/: NetBox's Job representation, filters, brief form, read-only. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '@patchbay/core/testing';
import { enqueueJob, jobTestApp, newLedger, startLoop, waitForEnd } from './job-world.js';

describe('/api/core/jobs/', () => {
  let t: TestApp;
  let ok: number;
  let bad: number;
  beforeAll(async () => {
    t = await jobTestApp(newLedger());
    const admin = await t.knex('users_user').where({ username: 'admin' }).first();
    ok = (await enqueueJob(t.knex, { name: 'jobtest.echo', data: { value: 'hi' }, userId: admin.id, objectType: 'users.user', objectId: admin.id })).id;
    bad = (await enqueueJob(t.knex, { name: 'jobtest.boom' })).id;
    const loop = startLoop(t);
    await waitForEnd(t, ok);
    await waitForEnd(t, bad);
    await loop.stop();
  });
  afterAll(async () => t?.close());

  it('lists jobs newest first in NetBox field order', async () => {
    const res = await t.api.get('/api/core/jobs/');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.count).toBe(2);
    expect(res.body.results.map((j: { id: number }) => j.id)).toEqual([bad, ok]);
    const job = res.body.results[1];
    expect(Object.keys(job)).toEqual([
      'id', 'url', 'display_url', 'display', 'object_type', 'object_id', 'name', 'status', 'created', 'scheduled',
      'interval', 'started', 'completed', 'user', 'data', 'error', 'job_id',
    ]);
    expect(job).toMatchObject({
      display: 'jobtest.echo', name: 'jobtest.echo', object_type: 'users.user', status: { value: 'completed', label: 'Completed' },
      data: { echoed: 'hi', attempts: 1 }, error: '', scheduled: null, interval: null,
    });
    expect(job.url).toBe(`${t.baseUrl}/api/core/jobs/${ok}/`);
    expect(job.user).toMatchObject({ username: 'admin' });
  });

  it('filters by status and name, and serves the brief form', async () => {
    const errored = await t.api.get('/api/core/jobs/?status=errored');
    expect(errored.body.results.map((j: { id: number }) => j.id)).toEqual([bad]);
    expect(errored.body.results[0].error).toBe('Error: boom: the device did not answer');
    const named = await t.api.get('/api/core/jobs/?name__ic=echo&user=admin');
    expect(named.body.results.map((j: { id: number }) => j.id)).toEqual([ok]);
    const brief = await t.api.get(`/api/core/jobs/?brief=1&id=${ok}`);
    expect(Object.keys(brief.body.results[0])).toEqual(['id', 'url', 'display', 'status', 'created', 'completed', 'user']);
    expect((await t.api.get('/api/core/jobs/?status=nonsense')).status).toBe(400);
    expect((await t.api.get('/api/core/jobs/?worker=1')).status).toBe(400);
  });

  it('is read-only', async () => {
    expect((await t.api.post('/api/core/jobs/', { name: 'x' })).status).toBe(405);
    expect((await t.api.delete(`/api/core/jobs/${ok}/`)).status).toBe(405);
    expect((await t.api.get(`/api/core/jobs/${ok}/`)).body.id).toBe(ok);
  });
});
