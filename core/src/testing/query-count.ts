/**
 * expectQueryCount: pins how many SQL statements an operation costs against a committed baseline
 * (`test/query-counts.json`, key → count), so an N+1 regression fails a test instead of reaching
 * production (DESIGN §6). `UPDATE_QUERY_BASELINES=1` records the counts instead of checking them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { TestApp } from './create-test-app.js';

export interface QueryCountOptions {
  /** The baseline file; default `queryBaselineFile()`. */
  baselineFile?: string;
}

/**
 * Where baselines live: PATCHBAY_QUERY_BASELINES if set, else `test/query-counts.json` in the
 * nearest ancestor of the working directory that holds `pnpm-workspace.yaml` (else the cwd).
 */
export function queryBaselineFile(): string {
  const forced = process.env.PATCHBAY_QUERY_BASELINES;
  if (forced) return path.resolve(forced);
  let dir = process.cwd();
  for (;;) {
    if (fs.existsSync(path.join(dir, 'pnpm-workspace.yaml'))) return path.join(dir, 'test', 'query-counts.json');
    const parent = path.dirname(dir);
    if (parent === dir) return path.join(process.cwd(), 'test', 'query-counts.json');
    dir = parent;
  }
}

function readBaselines(file: string): Record<string, number> {
  if (!fs.existsSync(file)) return {};
  const text = fs.readFileSync(file, 'utf8');
  return text.trim() ? (JSON.parse(text) as Record<string, number>) : {};
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));

/**
 * Read-modify-write of the baseline file under a lock directory: test workers are separate
 * processes and may record at the same moment.
 */
function writeBaseline(file: string, key: string, count: number): void {
  const lock = `${file}.lock`;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      // A lock older than the deadline belongs to a crashed run.
      if (Date.now() > deadline) fs.rmSync(lock, { recursive: true, force: true });
      else Atomics.wait(sleeper, 0, 0, 20);
    }
  }
  try {
    const all = { ...readBaselines(file), [key]: count };
    const sorted = Object.fromEntries(Object.keys(all).sort().map((k) => [k, all[k]]));
    fs.writeFileSync(file, `${JSON.stringify(sorted, null, 2)}\n`);
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

/** Counts recorded by this process, to catch a key whose count differs between databases in one run. */
const recorded = new Map<string, { count: number; database: string }>();

/** True when this run records baselines instead of checking them. */
export function updatingQueryBaselines(): boolean {
  const v = process.env.UPDATE_QUERY_BASELINES;
  return v !== undefined && v !== '' && v !== '0' && v !== 'false';
}

/**
 * Runs `run`, counting the SQL statements issued on the app's database meanwhile, and compares the
 * count with the baseline under `key`. Returns what `run` returned. Resets `app.queries`.
 */
export async function expectQueryCount<T>(app: TestApp, key: string, run: () => Promise<T>, opts: QueryCountOptions = {}): Promise<T> {
  const file = opts.baselineFile ?? queryBaselineFile();
  app.queries.reset();
  const result = await run();
  const count = app.queries.total;
  const statements = app.queries.statements.map((s, i) => `  ${i + 1}. ${s}`).join('\n');

  if (updatingQueryBaselines()) {
    const prior = recorded.get(key);
    if (prior && prior.count !== count)
      throw new Error(`Query count for "${key}" differs between runs: ${prior.count} on ${prior.database}, ${count} on ${app.database}.\n${statements}`);
    recorded.set(key, { count, database: app.database });
    writeBaseline(file, key, count);
    return result;
  }
  const baseline = readBaselines(file)[key];
  if (baseline === undefined)
    throw new Error(
      `No query-count baseline for "${key}" in ${file}. Record it with UPDATE_QUERY_BASELINES=1 ` +
        `(e.g. \`UPDATE_QUERY_BASELINES=1 npx vitest run <test file>\`), review the diff and commit it. ` +
        `This run counted ${count} statements:\n${statements}`,
    );
  expect(count, `SQL statements for "${key}" (baseline ${baseline} in ${file}):\n${statements}`).toBe(baseline);
  return result;
}
