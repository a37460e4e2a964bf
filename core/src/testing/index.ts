/** @patchbay/core/testing — the kit plugins test with (NetBox's APIViewTestCases, in TypeScript). */
export { createTestApp, type TestApp, type TestAppOptions, type TestPermission } from './create-test-app.js';
export { createTestDatabase, testDatabases, type TestDatabaseKind } from './database.js';
export { TestClient, type TestResponse } from './http-client.js';
export { QueryCounter } from '../db/query-counter.js';
export { eachDatabase } from './each-database.js';
export { expectQueryCount, queryBaselineFile, updatingQueryBaselines, type QueryCountOptions } from './query-count.js';
export { describeApiViewSet, type ApiViewSetOptions, type ViewSetRun, type FromFixtures, type Body } from './api-viewset.js';
export { expectWritten } from './expect-written.js';
export { expectStatus } from './api-viewset-context.js';
export { make } from './make.js';
