/** @patchbay/core/testing — the kit plugins test with (NetBox's APIViewTestCases, in TypeScript). */
export { createTestApp, type TestApp, type TestAppOptions, type TestPermission } from './create-test-app.js';
export { createTestDatabase, testDatabases, type TestDatabaseKind } from './database.js';
export { TestClient, type TestResponse } from './http-client.js';
export { QueryCounter } from '../db/query-counter.js';
