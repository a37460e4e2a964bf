/**
 * The published test kit as a third-party plugin uses it: eachDatabase naming its blocks, and
 * expectQueryCount checking, recording and refusing baselines (against a scratch baseline file).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, eachDatabase, expectQueryCount, testDatabases, type TestApp } from '@patchbay/core/testing';
import { ACL, aclApp, make } from './fixtures.js';

const seenDatabases: string[] = [];

eachDatabase((database) => {
  it('runs inside a describe named after the database', () => {
    seenDatabases.push(database);
    expect(expect.getState().currentTestName).toMatch(new RegExp(`^${database} > `));
  });

  describe('expectQueryCount', () => {
    let app: TestApp;
    let dir: string;
    let file: string;
    const key = (name: string) => `${name}:${database}:${Math.random().toString(36).slice(2)}`;
    const withEnv = async <T>(value: string | undefined, fn: () => Promise<T>): Promise<T> => {
      const saved = process.env.UPDATE_QUERY_BASELINES;
      if (value === undefined) delete process.env.UPDATE_QUERY_BASELINES;
      else process.env.UPDATE_QUERY_BASELINES = value;
      try {
        return await fn();
      } finally {
        if (saved === undefined) delete process.env.UPDATE_QUERY_BASELINES;
        else process.env.UPDATE_QUERY_BASELINES = saved;
      }
    };
    const list = () => app.api.get(ACL);

    beforeAll(async () => {
      app = await createTestApp({ ...aclApp, database });
      await make(app.api, ACL, { name: 'a', type: 'extended' });
      await list();
    });
    afterAll(async () => app?.close());
    afterEach(() => {
      if (dir) fs.rmSync(dir, { recursive: true, force: true });
    });
    const scratch = (content?: unknown) => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pb-baselines-'));
      file = path.join(dir, 'query-counts.json');
      if (content !== undefined) fs.writeFileSync(file, JSON.stringify(content));
      return file;
    };

    it('fails without a baseline, saying how to record one', async () => {
      scratch({});
      const k = key('missing');
      await expect(withEnv(undefined, () => expectQueryCount(app, k, list, { baselineFile: file }))).rejects.toThrow(
        new RegExp(`No query-count baseline for "${k}".*UPDATE_QUERY_BASELINES=1`, 's'),
      );
    });

    it('records the count with UPDATE_QUERY_BASELINES=1, keeping other keys, and returns the result', async () => {
      scratch({ 'z:other': 7 });
      const k = key('recorded');
      const res = await withEnv('1', () => expectQueryCount(app, k, list, { baselineFile: file }));
      expect(res.status).toBe(200);
      const written = JSON.parse(fs.readFileSync(file, 'utf8'));
      expect(Object.keys(written)).toEqual([k, 'z:other']);
      expect(written[k]).toBe(app.queries.total);
      expect(written[k]).toBeGreaterThan(0);
    });

    it('passes on the baseline and fails, listing the statements, when the count moves', async () => {
      const k = key('checked');
      scratch({});
      await withEnv('1', () => expectQueryCount(app, k, list, { baselineFile: file }));
      const recorded = JSON.parse(fs.readFileSync(file, 'utf8'))[k] as number;
      await withEnv(undefined, () => expectQueryCount(app, k, list, { baselineFile: file }));
      fs.writeFileSync(file, JSON.stringify({ [k]: recorded - 1 }));
      await expect(withEnv(undefined, () => expectQueryCount(app, k, list, { baselineFile: file }))).rejects.toThrow(/netbox_acls_accesslist/);
    });

    it('refuses to record two different counts for one key in one run', async () => {
      scratch({});
      const k = key('twice');
      await withEnv('1', () => expectQueryCount(app, k, list, { baselineFile: file }));
      await expect(withEnv('1', () => expectQueryCount(app, k, () => app.api.get(`${ACL}?brief=1`), { baselineFile: file }))).rejects.toThrow(/differs/);
    });
  });
});

it('covered every database of the run', () => {
  expect(seenDatabases).toEqual(testDatabases());
});
