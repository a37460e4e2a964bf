/** The query budget of /api/core/jobs/: jobs queued by several users about several objects, full and brief. */
import { afterEach, beforeEach, describe, it } from 'vitest';
import { enqueueJob } from '@patchbay/core';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import { expectListBudget } from './list-budget.js';

describe('/api/core/jobs/', () => {
  eachDatabase((database) => {
    let app: TestApp;
    beforeEach(async () => {
      app = await createTestApp({ database });
      const users = [];
      for (let i = 0; i < 3; i++) users.push((await app.createUser()).id);
      await enqueueJob(app.knex, { name: 'report.nightly', scheduledAt: new Date(Date.now() + 3_600_000), interval: 1440 });
      for (const [i, user] of users.entries()) {
        await enqueueJob(app.knex, { name: 'sync.user', data: { n: i }, userId: user, objectType: 'users.user', objectId: user });
        await enqueueJob(app.knex, { name: 'audit.user', queue: 'low', userId: user, objectType: 'users.user', objectId: user });
      }
    });
    afterEach(async () => app?.close());

    it('costs the same for one job as for a thousand, and its baseline', async () => {
      await expectListBudget(app, { path: '/api/core/jobs/', key: 'core.job', minRows: 7, related: ['user'] });
    });
  });
});
