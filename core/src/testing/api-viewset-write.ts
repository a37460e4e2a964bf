/** The write half of the generated contract: create, bulk create, update, bulk update, delete, bulk delete. */
import { expect, it } from 'vitest';
import { expectStatus, type Body, type ViewSetRun } from './api-viewset-context.js';
import { expectWritten } from './expect-written.js';

const message = (what: string) => `${what} ${Math.random().toString(36).slice(2, 10)}`;

/** Registers the write tests; `run()` gives the current test's state. */
export function writeTests<F>(run: () => ViewSetRun<F>): void {
  it('creates an object (201, every field, a change record with the request id if change-logged)', async () => {
    const { app, opts, fields, resolve, count, changes, detail, changeLogged, expectUnlogged } = run();
    const data = resolve(opts.createData)[0]!;
    const before = await count();
    const note = message('create');
    const res = await app.api.post(opts.path, { ...data, changelog_message: note });
    expectStatus(res, 201, `POST ${opts.path}`);
    expect(Object.keys(res.body)).toEqual([...fields]);
    expectWritten(res.body, data, 'created object', opts.writeOnlyFields);
    expect(await count()).toBe(before + 1);
    const stored = await app.api.get(detail(res.body.id));
    expectWritten(stored.body, data, 'stored object', opts.writeOnlyFields);

    const requestId = res.headers.get('x-request-id')!;
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    if (!changeLogged) return expectUnlogged(res);
    const logged = await changes(`changed_object_id=${res.body.id}`);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ request_id: requestId, action: { value: 'create' }, message: note, prechange_data: null });
    expectWritten(logged[0]!.postchange_data, data, 'postchange_data', opts.writeOnlyFields);
  });

  it('bulk creates objects, answering them in request order', async () => {
    const { app, opts, resolve, count, changes, changeLogged, expectUnlogged } = run();
    const data = resolve(opts.createData);
    expect(data.length, 'createData needs three bodies').toBeGreaterThanOrEqual(3);
    const before = await count();
    const note = message('bulk create');
    const res = await app.api.post(opts.path, data.map((d) => ({ ...d, changelog_message: note })));
    expectStatus(res, 201, `POST [..] ${opts.path}`);
    expect(res.body).toHaveLength(data.length);
    data.forEach((d, i) => expectWritten(res.body[i], d, `created[${i}]`, opts.writeOnlyFields));
    expect(await count()).toBe(before + data.length);
    if (!changeLogged) return expectUnlogged(res);
    const logged = await changes(`request_id=${res.headers.get('x-request-id')}`);
    expect(logged.map((c) => c.changed_object_id).sort()).toEqual(res.body.map((o: Body) => o.id).sort());
    for (const c of logged) expect(c).toMatchObject({ action: { value: 'create' }, message: note });
  });

  it('bulk create is all-or-nothing: one bad item answers 400 per item and writes nothing', async () => {
    const { app, opts, resolve, count, changes } = run();
    const data = resolve(opts.createData);
    const bad = resolve(opts.invalidData ?? {});
    const before = await count();
    const changesBefore = (await changes()).length;
    const res = await app.api.post(opts.path, [data[0], bad, data[1]]);
    expectStatus(res, 400, 'bulk create with a bad item');
    expect(Array.isArray(res.body), JSON.stringify(res.body)).toBe(true);
    expect(res.body).toHaveLength(3);
    expect(res.body[0]).toEqual({});
    expect(Object.keys(res.body[1]).length).toBeGreaterThan(0);
    expect(res.body[2]).toEqual({});
    expect(await count()).toBe(before);
    expect(await changes()).toHaveLength(changesBefore);
  });

  it('updates an object with PATCH (change record with prechange and postchange if change-logged)', async () => {
    const { app, opts, ids, resolve, detail, changes, changeLogged, expectUnlogged } = run();
    const data = resolve(opts.updateData);
    const note = message('update');
    const res = await app.api.patch(detail(ids[0]!), { ...data, changelog_message: note });
    expectStatus(res, 200, `PATCH ${detail(ids[0]!)}`);
    expectWritten(res.body, data, 'patched object', opts.writeOnlyFields);
    expectWritten((await app.api.get(detail(ids[0]!))).body, data, 'stored object', opts.writeOnlyFields);
    if (!changeLogged) return expectUnlogged(res);
    const logged = await changes(`request_id=${res.headers.get('x-request-id')}`);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ changed_object_id: ids[0], action: { value: 'update' }, message: note });
    expect(logged[0]!.prechange_data).not.toBeNull();
    expectWritten(logged[0]!.postchange_data, data, 'postchange_data', opts.writeOnlyFields);
  });

  it('replaces an object with PUT', async () => {
    const { app, opts, ids, resolve, detail } = run();
    const data = { ...resolve(opts.createData)[0]!, ...resolve(opts.updateData) };
    const res = await app.api.put(detail(ids[1]!), data);
    expectStatus(res, 200, `PUT ${detail(ids[1]!)}`);
    expect(res.body.id).toBe(ids[1]);
    expectWritten(res.body, data, 'replaced object', opts.writeOnlyFields);
  });

  it('bulk updates objects', async () => {
    const { app, opts, ids, resolve, detail, changes, changeLogged, expectUnlogged } = run();
    const data = resolve(opts.bulkUpdateData);
    const targets = ids.slice(0, 3);
    const note = message('bulk update');
    const res = await app.api.patch(opts.path, targets.map((id) => ({ id, ...data, changelog_message: note })));
    expectStatus(res, 200, `PATCH [..] ${opts.path}`);
    expect(res.body.map((o: Body) => o.id)).toEqual(targets);
    for (const id of targets) expectWritten((await app.api.get(detail(id))).body, data, `object ${id}`, opts.writeOnlyFields);
    if (!changeLogged) return expectUnlogged(res);
    const logged = await changes(`request_id=${res.headers.get('x-request-id')}`);
    expect(logged.map((c) => c.changed_object_id).sort()).toEqual([...targets].sort());
    for (const c of logged) expect(c).toMatchObject({ action: { value: 'update' }, message: note });
  });

  it('deletes an object (204, a change record if change-logged)', async () => {
    const { app, opts, ids, detail, count, changes, changeLogged, expectUnlogged } = run();
    const before = await count();
    const note = message('delete');
    const res = await app.api.delete(detail(ids[0]!), { changelog_message: note });
    expectStatus(res, 204, `DELETE ${detail(ids[0]!)}`);
    expect((await app.api.get(detail(ids[0]!))).status).toBe(404);
    expect(await count()).toBe(before - 1);
    if (!changeLogged) return expectUnlogged(res);
    const logged = await changes(`changed_object_id=${ids[0]}&action=delete`);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ request_id: res.headers.get('x-request-id'), message: note, postchange_data: null });
    expect(logged[0]!.prechange_data).toMatchObject({ id: ids[0] });
  });

  it('bulk deletes objects', async () => {
    const { app, opts, ids, count, changes, changeLogged, expectUnlogged } = run();
    const targets = ids.slice(-3);
    const before = await count();
    const note = message('bulk delete');
    const res = await app.api.delete(opts.path, targets.map((id) => ({ id, changelog_message: note })));
    expectStatus(res, 204, `DELETE [..] ${opts.path}`);
    expect(await count()).toBe(before - 3);
    if (!changeLogged) return expectUnlogged(res);
    const logged = await changes(`request_id=${res.headers.get('x-request-id')}&action=delete`);
    expect(logged.map((c) => c.changed_object_id).sort()).toEqual([...targets].sort());
    for (const c of logged) expect(c.message).toBe(note);
  });
}
