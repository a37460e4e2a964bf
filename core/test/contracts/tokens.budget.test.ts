/** The query budget of /api/users/tokens/: v1 and v2 tokens of several users, full and brief. */
import { afterEach, beforeEach, describe, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import { make } from './users-world.js';
import { expectListBudget } from './list-budget.js';

const TOKENS = '/api/users/tokens/';

describe(TOKENS, () => {
  eachDatabase((database) => {
    let app: TestApp;
    beforeEach(async () => {
      app = await createTestApp({ database });
      const users = [];
      for (let i = 0; i < 3; i++) users.push((await app.createUser()).id);
      for (const [i, user] of users.entries()) {
        await make(app.api, TOKENS, { user, description: `v1 of user ${i}` });
        await make(app.api, TOKENS, { user, version: 2, description: `v2 of user ${i}`, write_enabled: false });
      }
    });
    afterEach(async () => app?.close());

    it('costs the same for one token as for a thousand, and its baseline', async () => {
      await expectListBudget(app, { path: TOKENS, key: 'users.token', minRows: 10, related: ['user'] });
    });
  });
});
