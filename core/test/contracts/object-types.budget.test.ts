/** The query budget of /api/extras/object-types/: every registered model (core's, users', the ACL plugin's), full and brief. */
import { afterEach, beforeEach, describe, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import { usersContractApp } from './users-world.js';
import { expectListBudget } from './list-budget.js';

describe('/api/extras/object-types/', () => {
  eachDatabase((database) => {
    let app: TestApp;
    beforeEach(async () => {
      app = await createTestApp({ ...usersContractApp, database });
    });
    afterEach(async () => app?.close());

    it('costs the same for one object type as for a thousand, and its baseline', async () => {
      await expectListBudget(app, { path: '/api/extras/object-types/', key: 'core.objecttype', minRows: app.patchbay.registry.models.size });
    });
  });
});
