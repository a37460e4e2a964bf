/**
 * The query budget of a read-only list endpoint (the part of describeApiViewSet's contract that
 * applies without writes): a one-row page and a thousand-row page cost the same number of
 * statements, and the default page costs its committed baseline — in the full and the brief form.
 */
import { expect } from 'vitest';
import { expectQueryCount, expectStatus, type TestApp } from '@patchbay/core/testing';

export interface ListBudgetOptions {
  /** The list URL, e.g. `/api/core/jobs/`. */
  path: string;
  /** Baseline key prefix; `:list` and `:brief` are appended. */
  key: string;
  /** The fixtures' row count; the endpoint must list at least this many. */
  minRows: number;
  /** Fields holding related objects: the rows must point at three or more distinct ones, or an N+1 would not show. */
  related?: readonly string[];
}

/** Statements one GET costs; fails on a non-200 answer. */
export async function statementsOf(app: TestApp, url: string): Promise<{ total: number; statements: string[]; body: any }> {
  app.queries.reset();
  const res = await app.api.get(url);
  expectStatus(res, 200, `GET ${url}`);
  return { total: app.queries.total, statements: [...app.queries.statements], body: res.body };
}

/** Checks the endpoint's budget in the full form, then the brief form. */
export async function expectListBudget(app: TestApp, opts: ListBudgetOptions): Promise<void> {
  // A token's first use in a minute also stamps its last_used (as NetBox does); keep that out of the counts.
  await statementsOf(app, opts.path);
  for (const [form, query] of [['list', ''], ['brief', 'brief=1&']] as const) {
    const many = await statementsOf(app, `${opts.path}?${query}limit=1000`);
    expect(many.body.count, `${opts.path} should list the fixtures`).toBeGreaterThanOrEqual(opts.minRows);
    expect(many.body.results).toHaveLength(many.body.count);
    if (form === 'list')
      for (const field of opts.related ?? []) {
        const distinct = new Set(many.body.results.map((o: Record<string, unknown>) => o[field]).filter((v: unknown) => v !== null).map((v: unknown) => JSON.stringify(v)));
        expect(distinct.size, `rows should relate to at least three distinct ${field}s`).toBeGreaterThanOrEqual(3);
      }
    const one = await statementsOf(app, `${opts.path}?${query}limit=1`);
    expect(one.body.results).toHaveLength(1);
    expect(many.total, `${form}: ${many.body.count} rows vs 1 row\n${many.statements.join('\n')}\n-- vs --\n${one.statements.join('\n')}`).toBe(one.total);
    await expectQueryCount(app, `${opts.key}:${form}`, () => app.api.get(`${opts.path}${query ? `?${query.slice(0, -1)}` : ''}`));
  }
}
