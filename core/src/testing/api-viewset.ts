/**
 * describeApiViewSet: NetBox's APIViewTestCases for Patchbay. From one declaration it generates
 * the full REST contract of a resource — list, retrieve, brief, field selection, OPTIONS, filters,
 * create, bulk create (all-or-nothing), update, bulk update, delete, bulk delete, authentication,
 * constrained permissions, ETags and the list's query budget — on every database of the run.
 * One app is booted per file and database and `setup` runs once; before every test the database
 * is restored to the snapshot taken right after `setup` (NetBox rolls each test back). So `setup`
 * must only make data and return plain values, never keep state elsewhere.
 */
import { afterAll, beforeAll, beforeEach, describe } from 'vitest';
import { createTestApp, type TestApp } from './create-test-app.js';
import type { DatabaseSnapshot } from './snapshot.js';
import { eachDatabase } from './each-database.js';
import { openRun, type ApiViewSetOptions, type ViewSetRun } from './api-viewset-context.js';
import { readTests } from './api-viewset-read.js';
import { writeTests } from './api-viewset-write.js';
import { guardTests } from './api-viewset-guard.js';

export type { ApiViewSetOptions, ViewSetRun, FromFixtures, Body } from './api-viewset-context.js';

/** Generates the contract tests of one resource (see ApiViewSetOptions). */
export function describeApiViewSet<F = unknown>(opts: ApiViewSetOptions<F>): void {
  describe(opts.name ?? opts.path, () => {
    eachDatabase((database) => {
      let app: TestApp | undefined;
      let snapshot: DatabaseSnapshot | undefined;
      let fixtures: F;
      let current: ViewSetRun<F> | undefined;
      let dirty = false;
      beforeAll(async () => {
        app = await createTestApp({ plugins: opts.plugins, config: opts.config, database });
        fixtures = opts.setup ? await opts.setup(app) : (undefined as F);
        snapshot = await app.snapshot();
      });
      beforeEach(async () => {
        if (!app || !snapshot) throw new Error('describeApiViewSet: the test app did not boot');
        // The first test starts from the snapshot itself; every later one from a restore.
        if (dirty) await snapshot.restore();
        dirty = true;
        current = undefined;
        current = await openRun(opts, app, fixtures);
      });
      afterAll(async () => {
        await app?.close();
        app = undefined;
        current = undefined;
      });
      const run = () => {
        if (!current) throw new Error('describeApiViewSet: the test app is not ready');
        return current;
      };
      readTests(run);
      writeTests(run);
      guardTests(run);
    });
  });
}
