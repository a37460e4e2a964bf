import { defineConfig } from 'vitest/config';

// CI also writes a JSON report so .ci/run can print one closing "N passed, N failed" line per database.
const jsonReport = process.env.PATCHBAY_TEST_REPORT;

export default defineConfig({
  test: {
    include: ['core/test/**/*.test.ts', 'plugins/*/test/**/*.test.ts', 'examples/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'test/bench/**'],
    pool: 'forks',
    // A worker keeps its PGlite across files (booting one costs seconds); files isolate by schema.
    isolate: false,
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: jsonReport ? ['default', ['json', { outputFile: jsonReport }]] : ['default'],
  },
});
