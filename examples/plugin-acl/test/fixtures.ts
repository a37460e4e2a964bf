/** Fixtures shared by the ACL plugin's tests: groups to assign lists to, lists, rules — made over the API. */
import { expect } from 'vitest';
import type { TestApp, TestClient } from '@patchbay/core/testing';
import { aclPlugin } from '../src/index.js';

export const ACL = '/api/plugins/acl/access-lists/';
export const RULES = '/api/plugins/acl/access-list-rules/';
export const GROUPS = '/api/users/groups/';

/** The operator setting that lets access lists be assigned to user groups (core ships no devices). */
export const groupAssignable = { pluginsConfig: { acl: { assignable_types: ['users.group'] } } };

export const aclApp = { plugins: [aclPlugin], config: groupAssignable };

/** POSTs and insists on 201, returning the created object. */
export async function make(client: TestClient, path: string, body: unknown): Promise<any> {
  const res = await client.post(path, body);
  expect(res.status, `POST ${path} ${JSON.stringify(body)} → ${JSON.stringify(res.body)}`).toBe(201);
  return res.body;
}

export interface AclFixtures {
  groups: number[];
  lists: number[];
  rules: number[];
}

/**
 * Three groups; three access lists (acl-1 extended/deny on group 1, acl-2 standard/permit on
 * group 2, acl-3 extended/deny on group 3); one rule in each list.
 */
export async function aclFixtures(app: TestApp): Promise<AclFixtures> {
  const groups: number[] = [];
  for (const name of ['group-1', 'group-2', 'group-3']) groups.push((await make(app.api, GROUPS, { name })).id);
  const lists: number[] = [];
  const specs = [
    { name: 'acl-1', type: 'extended', default_action: 'deny', description: 'edge filter' },
    { name: 'acl-2', type: 'standard', default_action: 'permit', description: 'management' },
    { name: 'acl-3', type: 'extended', default_action: 'deny', description: '' },
  ];
  for (const [i, spec] of specs.entries())
    lists.push((await make(app.api, ACL, { ...spec, assigned_object_type: 'users.group', assigned_object_id: groups[i] })).id);
  const rules = [
    (await make(app.api, RULES, { access_list: lists[0], index: 10, action: 'permit', protocol: 'tcp', source_prefix: '10.0.0.0/8', destination_ports: [22, 443], description: 'ssh and https' })).id,
    (await make(app.api, RULES, { access_list: lists[1], index: 10, action: 'permit', source_prefix: '10.1.0.0/16' })).id,
    (await make(app.api, RULES, { access_list: lists[2], index: 20, action: 'remark', remark: 'allow nothing else' })).id,
  ];
  return { groups, lists, rules };
}
