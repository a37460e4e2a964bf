import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import http from 'node:http';
import { boot, createSuperuser, parseConfig, type Patchbay } from '@patchbay/core';
import { createTestDatabase, testDatabases, TestClient, type TestDatabaseKind } from '@patchbay/core/testing';
import { aclPlugin } from '@patchbay/example-plugin-acl';

/**
 * Two API processes on one database hold no state of their own: a token minted through one works
 * on the other, and what one writes the other serves at once. (Both share the generated secret key
 * stored in the database.)
 */
for (const kind of testDatabases() as TestDatabaseKind[]) {
  describe(`two API instances on one ${kind} database`, () => {
    let db: Awaited<ReturnType<typeof createTestDatabase>>;
    const instances: { patchbay: Patchbay; server: http.Server; client: TestClient }[] = [];

    beforeAll(async () => {
      db = await createTestDatabase(kind);
      const config = parseConfig({ superuserName: 'admin', superuserPassword: 'pw' });
      for (let i = 0; i < 2; i++) {
        // The second boot finds the migrations applied and the secret key already generated.
        const patchbay = await boot({ config, plugins: [aclPlugin], knex: db.knex, logger: { info() {}, warn() {}, error() {} } });
        const server = http.createServer(patchbay.app.callback());
        await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
        const port = (server.address() as { port: number }).port;
        instances.push({ patchbay, server, client: new TestClient(`http://127.0.0.1:${port}`, null) });
      }
      await createSuperuser(db.knex, instances[0]!.patchbay.secretKey, { username: 'admin', password: 'pw', apiToken: 'ab'.repeat(20) });
    });

    afterAll(async () => {
      for (const i of instances) {
        await new Promise((r) => i.server.close(r));
        await i.patchbay.close();
      }
      await db?.drop();
    });

    it('shares the secret key, tokens and data', async () => {
      const [a, b] = instances.map((i) => i.client.as(`Token ${'ab'.repeat(20)}`));
      expect(instances[0]!.patchbay.secretKey).toBe(instances[1]!.patchbay.secretKey);
      const created = await a!.post('/api/plugins/acl/access-lists/', { name: 'shared', type: 'standard' });
      expect(created.status).toBe(201);
      const read = await b!.get(`/api/plugins/acl/access-lists/${created.body.id}/`);
      expect(read.status).toBe(200);
      expect(read.body.name).toBe('shared');
      const changed = await b!.patch(`/api/plugins/acl/access-lists/${created.body.id}/`, { default_action: 'permit' }, { headers: { 'if-match': read.headers.get('etag')! } });
      expect(changed.status).toBe(200);
      const stale = await a!.patch(`/api/plugins/acl/access-lists/${created.body.id}/`, { default_action: 'deny' }, { headers: { 'if-match': read.headers.get('etag')! } });
      expect(stale.status).toBe(412);
    });
  });
}
