/**
 * Conformance with NetBox 4.2's REST API, endpoint by endpoint, with every domain plugin enabled:
 * our OpenAPI document and NetBox's are read the same way (test/reference/endpoints.ts) and, for
 * every list endpoint both serve, the object's keys (in order), the brief keys and the filter
 * parameters are compared. What we knowingly lack is listed in test/reference/known-gaps.json;
 * the test fails on any difference not listed there AND on any listed gap that has been closed,
 * so the list stays exact. Re-record it with UPDATE_REFERENCE_GAPS=1 and review the diff.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '@patchbay/core/testing';
import { tenancyPlugin } from '@patchbay/plugin-tenancy';
import { dcimPlugin } from '@patchbay/plugin-dcim';
import { ipamPlugin } from '@patchbay/plugin-ipam';
import { circuitsPlugin } from '@patchbay/plugin-circuits';
import { virtualizationPlugin } from '@patchbay/plugin-virtualization';
import { extrasPlugin } from '@patchbay/plugin-extras';
import { endpointFacts, type EndpointFacts } from '../reference/endpoints.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const reference = JSON.parse(readFileSync(path.join(here, '../reference/netbox-4.2-endpoints.json'), 'utf8')).endpoints as Record<string, EndpointFacts>;
const GAPS_FILE = path.join(here, '../reference/known-gaps.json');

interface Gaps {
  /** Reference endpoints we do not serve at all. */
  missingEndpoints: string[];
  /** Per endpoint: how our keys differ (`-key` missing, `+key` extra, `order` when only the order differs). */
  fields: Record<string, string[]>;
  brief: Record<string, string[]>;
  /** Per endpoint: reference filter parameters we do not accept. */
  filters: Record<string, string[]>;
}

function keyDiff(expected: string[], actual: string[]): string[] {
  const missing = expected.filter((k) => !actual.includes(k)).map((k) => `-${k}`);
  const extra = actual.filter((k) => !expected.includes(k)).map((k) => `+${k}`);
  if (missing.length || extra.length) return [...missing, ...extra];
  return expected.join() === actual.join() ? [] : ['order'];
}

describe('NetBox 4.2 conformance (all domain plugins)', () => {
  let app: TestApp;
  let ours: Record<string, EndpointFacts>;
  const found: Gaps = { missingEndpoints: [], fields: {}, brief: {}, filters: {} };

  beforeAll(async () => {
    app = await createTestApp({ plugins: [tenancyPlugin, dcimPlugin, ipamPlugin, circuitsPlugin, virtualizationPlugin, extrasPlugin] });
    const res = await app.api.get('/api/schema/');
    expect(res.status).toBe(200);
    ours = endpointFacts(res.body);
    for (const [p, ref] of Object.entries(reference)) {
      const mine = ours[p];
      if (!mine) {
        found.missingEndpoints.push(p);
        continue;
      }
      const fields = keyDiff(ref.fields, mine.fields);
      if (fields.length) found.fields[p] = fields;
      const brief = keyDiff(ref.brief ?? [], mine.brief ?? []);
      if (ref.brief && brief.length) found.brief[p] = brief;
      const filters = ref.filters.filter((f) => !mine.filters.includes(f));
      if (filters.length) found.filters[p] = filters;
    }
    if (process.env.UPDATE_REFERENCE_GAPS) writeFileSync(GAPS_FILE, JSON.stringify(found, null, 1) + '\n');
  });
  afterAll(async () => app?.close());

  const known = (): Gaps => (existsSync(GAPS_FILE) ? JSON.parse(readFileSync(GAPS_FILE, 'utf8')) : { missingEndpoints: [], fields: {}, brief: {}, filters: {} });

  it('serves the reference endpoints except the known missing ones', () => {
    expect(found.missingEndpoints).toEqual(known().missingEndpoints);
  });

  it("shows every object with NetBox's keys in NetBox's order, except the known differences", () => {
    expect(found.fields).toEqual(known().fields);
  });

  it("shows NetBox's brief keys, except the known differences", () => {
    expect(found.brief).toEqual(known().brief);
  });

  it("accepts NetBox's filter parameters, except the known gaps", () => {
    expect(found.filters).toEqual(known().filters);
  });
});
