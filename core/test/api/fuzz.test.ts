/**
 * "No request a client can send yields a 500": a few hundred generated malformed requests
 * (fuzz-generator.ts, fixed seeds) against the ACL plugin's list and detail URLs. Every answer
 * must be below 500; every 4xx must carry a NetBox-shaped JSON body and the API headers; and a
 * rejected request must leave the tables and the change log exactly as they were.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '@patchbay/core/testing';
import { createAclApp, fingerprint, LISTS, mustCreate, RULES } from './acl-world.js';
import { errorShapeProblem } from './error-shape.js';
import { queryCases, writeCases, short, type FuzzCase, type FuzzWorld } from './fuzz-generator.js';

/** Fixed seeds keep CI reproducible; PATCHBAY_FUZZ_SEED explores others (a failure prints its cases). */
const SEED = Number(process.env.PATCHBAY_FUZZ_SEED ?? 20260101);

describe(`fuzzing the API with malformed requests (seed ${SEED})`, () => {
  let t: TestApp;
  let world: FuzzWorld;

  beforeAll(async () => {
    t = await createAclApp();
    const ext = await mustCreate(t, LISTS, { name: 'fuzz-extended', type: 'extended' });
    const std = await mustCreate(t, LISTS, { name: 'fuzz-standard', type: 'standard' });
    const groups = await t.knex('users_group').insert([{ name: 'g1' }, { name: 'g2' }]).returning('id');
    for (const g of groups) await mustCreate(t, LISTS, { name: 'shared', type: 'standard', assigned_object_type: 'users.group', assigned_object_id: g.id });
    const ruleIds: number[] = [];
    for (const index of [10, 20, 30]) ruleIds.push((await mustCreate(t, RULES, { access_list: ext.id, index, action: 'permit', protocol: 'tcp', destination_ports: [22] })).id);
    world = { listsUrl: LISTS, rulesUrl: RULES, extendedListId: ext.id, standardListId: std.id, ruleIds, duplicateName: 'shared' };
  });
  afterAll(async () => t?.close());

  /** Sends every case and returns the failures (all of them, so one run shows every problem). */
  async function run(cases: FuzzCase[]): Promise<{ failures: string[]; rejected: number }> {
    const failures: string[] = [];
    let rejected = 0;
    let before = await fingerprint(t.knex);
    for (const c of cases) {
      const { authorization, ...headers } = c.headers ?? {};
      const res = await t.api.request(c.method, c.path, c.body, { raw: c.raw, headers, auth: authorization });
      const where = `${c.label} → ${res.status} ${short(res.body)}`;
      if (res.status >= 500) failures.push(`5xx: ${where}`);
      if (c.mustReject && res.status < 400) failures.push(`accepted an invalid request: ${where}`);
      if (!res.headers.get('x-request-id') || res.headers.get('api-version') !== '4.2') failures.push(`missing API headers: ${where}`);
      const after = await fingerprint(t.knex);
      if (res.status >= 400) {
        rejected++;
        const problem = c.method === 'OPTIONS' ? null : errorShapeProblem(res.body);
        if (problem) failures.push(`bad error body (${problem}): ${where}`);
        for (const [table, fp] of Object.entries(after))
          if (fp !== before[table]) failures.push(`rejected request changed ${table}: ${where}`);
      }
      before = after;
    }
    return { failures, rejected };
  }

  it('write requests with garbage bodies, ids and content types never 500 and never half-write', async () => {
    const cases = writeCases(SEED, world);
    expect(cases.length).toBeGreaterThan(400);
    const { failures, rejected } = await run(cases);
    expect(failures, failures.join('\n')).toEqual([]);
    // The generator is meant to produce bad requests: most must be refused.
    expect(rejected / cases.length).toBeGreaterThan(0.75);
  });

  it('hostile query strings, unknown URLs and bad credentials never 500', async () => {
    const cases = queryCases(SEED + 7, world);
    expect(cases.length).toBeGreaterThan(150);
    const { failures, rejected } = await run(cases);
    expect(failures, failures.join('\n')).toEqual([]);
    expect(rejected / cases.length).toBeGreaterThan(0.6);
  });

  it('the fixtures survived: valid updates may have changed fields, but no rule was lost or moved', async () => {
    const res = await t.api.get(`${RULES}?access_list_id=${world.extendedListId}&limit=0`);
    expect(res.status).toBe(200);
    const ids = res.body.results.map((r: { id: number }) => r.id);
    for (const id of world.ruleIds) expect(ids).toContain(id);
  });
});
