/**
 * describeApiViewSet: NetBox's APIViewTestCases for Patchbay. From one declaration it generates
 * the full REST contract of a resource — list, retrieve, brief, field selection, OPTIONS, filters,
 * create, bulk create (all-or-nothing), update, bulk update, delete, bulk delete, authentication,
 * constrained permissions, ETags and the list's query budget — on every database of the run.
 * Each test boots a fresh app and runs `setup` (NetBox rolls each test back; a boot costs ~0.1s).
 */
import { afterEach, beforeEach, describe } from 'vitest';
import { createTestApp, type TestApp } from './create-test-app.js';
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
      let current: ViewSetRun<F> | undefined;
      beforeEach(async () => {
        app = await createTestApp({ plugins: opts.plugins, config: opts.config, database });
        const fixtures = opts.setup ? await opts.setup(app) : (undefined as F);
        current = await openRun(opts, app, fixtures);
      });
      afterEach(async () => {
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
