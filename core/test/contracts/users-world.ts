/**
 * Fixtures of the users-app contract suites: three groups, users spread over them, and three
 * permissions each on its own object type, group and user — so every related column points at
 * three or more distinct objects and an N+1 in the list would show in the query count.
 */
import { expect } from 'vitest';
import { aclPlugin } from '@patchbay/example-plugin-acl';
import type { TestApp, TestClient } from '@patchbay/core/testing';

export const GROUPS = '/api/users/groups/';
export const USERS = '/api/users/users/';
export const PERMISSIONS = '/api/users/permissions/';

/** The ACL example plugin, so permissions have object types beyond core's own. */
export const usersContractApp = { plugins: [aclPlugin], config: { pluginsConfig: { acl: { assignable_types: ['users.group'] } } } };

/** POSTs and insists on 201, returning the created object. */
export async function make(client: TestClient, path: string, body: unknown): Promise<any> {
  const res = await client.post(path, body);
  expect(res.status, `POST ${path} ${JSON.stringify(body)} → ${JSON.stringify(res.body)}`).toBe(201);
  return res.body;
}

export interface UsersWorld {
  /** red, green, blue. */
  groups: number[];
  /** alice (red), bob (green), carol (blue), dave (red and green). */
  users: number[];
  /** view-lists (acl.accesslist, red, alice), edit-groups (users.group, green, bob), audit-users (users.user, blue, carol). */
  permissions: number[];
}

/** Builds the world over the API as the test app's superuser. */
export async function usersWorld(app: TestApp): Promise<UsersWorld> {
  const groups: number[] = [];
  for (const [name, description] of [['red', 'network team'], ['green', 'server team'], ['blue', '']])
    groups.push((await make(app.api, GROUPS, { name, description })).id);
  const users: number[] = [];
  const people = [
    { username: 'alice', first_name: 'Alice', last_name: 'Liddell', email: 'alice@example.com', groups: [groups[0]] },
    { username: 'bob', email: 'bob@example.com', groups: [groups[1]] },
    { username: 'carol', is_active: false, groups: [groups[2]] },
    { username: 'dave', groups: [groups[0], groups[1]] },
  ];
  for (const person of people) users.push((await make(app.api, USERS, { ...person, password: `${person.username}-secret` })).id);
  const permissions = [
    (await make(app.api, PERMISSIONS, { name: 'view-lists', description: 'read access lists', object_types: ['acl.accesslist'], actions: ['view'], groups: [groups[0]], users: [users[0]] })).id,
    (await make(app.api, PERMISSIONS, { name: 'edit-groups', object_types: ['users.group'], actions: ['view', 'add', 'change'], groups: [groups[1]], users: [users[1]] })).id,
    (await make(app.api, PERMISSIONS, {
      name: 'audit-users', enabled: false, object_types: ['users.user'], actions: ['view'], constraints: { is_active: true }, groups: [groups[2]], users: [users[2]],
    })).id,
  ];
  return { groups, users, permissions };
}
