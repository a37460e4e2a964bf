/**
 * A bulk request's change records are written together, but PostgreSQL takes at most 65,535 bind
 * parameters per statement (12 per change row): 9,000 records must still land, in order.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import { writeObjectChanges, type ObjectChangeInput } from '../../src/changelog/object-change.js';

eachDatabase((database) => {
  let app: TestApp;
  beforeAll(async () => { app = await createTestApp({ database }); });
  afterAll(async () => app?.close());

  it('writes more change records than one statement can bind', async () => {
    const changes: ObjectChangeInput[] = Array.from({ length: 9000 }, (_, i) => ({
      action: 'create', objectType: 'users.user', objectId: i + 1, objectRepr: `u${i + 1}`, prechange: null,
      postchange: { id: i + 1 }, requestId: '00000000-0000-4000-8000-000000000009', userId: null, userName: 'bulk',
    }));
    app.queries.reset();
    await app.knex.transaction((trx) => writeObjectChanges(trx, changes));
    expect(app.queries.statements.filter((s) => /insert into "core_objectchange"/i.test(s))).toHaveLength(3);
    const rows = await app.knex('core_objectchange').where('request_id', changes[0]!.requestId).orderBy('id').select('changed_object_id');
    expect(rows.map((r) => Number(r.changed_object_id))).toEqual(changes.map((c) => c.objectId));
  });
});
