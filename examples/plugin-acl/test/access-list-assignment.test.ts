/**
 * Access lists' generic `assigned_object` and the `assignable_types` plugin setting: its default,
 * an operator's override, and every way an assignment can be wrong.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import { aclPlugin } from '../src/index.js';
import { ACL, GROUPS, aclApp, make } from './fixtures.js';

eachDatabase((database) => {
  describe('with the operator override (users.group assignable)', () => {
    let app: TestApp;
    let group: any;
    beforeAll(async () => {
      app = await createTestApp({ ...aclApp, database });
      group = await make(app.api, GROUPS, { name: 'netops', description: 'network operations' });
    });
    afterAll(async () => app?.close());

    const refuse = async (body: Record<string, unknown>, field: string) => {
      const before = (await app.api.get(ACL)).body.count;
      const res = await app.api.post(ACL, { type: 'extended', ...body });
      expect(res.status, JSON.stringify(res.body)).toBe(400);
      expect(Object.keys(res.body)).toEqual([field]);
      expect((await app.api.get(ACL)).body.count).toBe(before);
      return res.body[field] as string[];
    };

    it('merges the operator setting over the default', () => {
      expect(app.patchbay.registry.plugins.require('acl').settings).toEqual({ assignable_types: ['users.group'] });
    });

    it('assigns to a group and shows it in brief form', async () => {
      const acl = await make(app.api, ACL, { name: 'edge', type: 'extended', assigned_object_type: 'users.group', assigned_object_id: group.id });
      expect(acl.assigned_object_type).toBe('users.group');
      expect(acl.assigned_object_id).toBe(group.id);
      expect(acl.assigned_object).toEqual({
        id: group.id, url: `${app.baseUrl}/api/users/groups/${group.id}/`, display: 'netops', name: 'netops', description: 'network operations',
      });
      const unassigned = await app.api.patch(`${ACL}${acl.id}/`, { assigned_object_type: null, assigned_object_id: null });
      expect(unassigned.status).toBe(200);
      expect(unassigned.body.assigned_object).toBeNull();
    });

    it('refuses a registered type the setting does not allow', async () => {
      const users = await app.api.get('/api/users/users/');
      const messages = await refuse({ name: 'x', assigned_object_type: 'users.user', assigned_object_id: users.body.results[0].id }, 'assigned_object_type');
      expect(messages[0]).toContain('cannot be assigned to users.user');
    });

    it('refuses a type no plugin registers, and a malformed one', async () => {
      expect(await refuse({ name: 'x', assigned_object_type: 'dcim.device', assigned_object_id: 1 }, 'assigned_object_type')).toEqual([
        'Invalid object type for assigned object: dcim.device.',
      ]);
      await refuse({ name: 'x', assigned_object_type: 'device', assigned_object_id: 1 }, 'assigned_object_type');
    });

    it('refuses a missing target', async () => {
      expect(await refuse({ name: 'x', assigned_object_type: 'users.group', assigned_object_id: 999999 }, 'assigned_object_id')).toEqual([
        'Related object not found using the provided numeric ID: 999999',
      ]);
    });

    it('refuses a type without an id, and an id without a type', async () => {
      await refuse({ name: 'x', assigned_object_type: 'users.group' }, 'assigned_object_id');
      await refuse({ name: 'x', assigned_object_id: group.id }, 'assigned_object_type');
    });

    it('keeps names unique per assigned object', async () => {
      const other = await make(app.api, GROUPS, { name: 'other' });
      const body = { name: 'shared', type: 'standard', assigned_object_type: 'users.group', assigned_object_id: group.id };
      await make(app.api, ACL, body);
      const dup = await app.api.post(ACL, body);
      expect(dup.status).toBe(400);
      expect(dup.body).toEqual({ non_field_errors: ['An access list with this name is already assigned to this object.'] });
      await make(app.api, ACL, { ...body, assigned_object_id: other.id });
      // Unassigned lists are not a shared object (NULLs are distinct, as in Django's unique_together).
      await make(app.api, ACL, { name: 'shared', type: 'standard' });
      await make(app.api, ACL, { name: 'shared', type: 'standard' });
      expect((await app.api.get(`${ACL}?name=shared`)).body.count).toBe(4);
    });

    it('filters by the assigned object', async () => {
      const res = await app.api.get(`${ACL}?assigned_object_type=users.group&assigned_object_id=${group.id}`);
      expect(res.status).toBe(200);
      expect(res.body.results.every((a: any) => a.assigned_object_id === group.id)).toBe(true);
      expect(res.body.count).toBeGreaterThan(0);
    });
  });

  describe('with the default setting', () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await createTestApp({ plugins: [aclPlugin], database });
    });
    afterAll(async () => app?.close());

    it('uses the plugin default when the operator sets nothing', () => {
      expect(app.patchbay.registry.plugins.require('acl').settings).toEqual({
        assignable_types: ['dcim.device', 'dcim.virtualchassis', 'virtualization.virtualmachine'],
      });
    });

    it('refuses assignment to a group, which the default does not allow', async () => {
      const group = await make(app.api, GROUPS, { name: 'g' });
      const res = await app.api.post(ACL, { name: 'x', type: 'extended', assigned_object_type: 'users.group', assigned_object_id: group.id });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({
        assigned_object_type: ['Access lists cannot be assigned to users.group (allowed: dcim.device, dcim.virtualchassis, virtualization.virtualmachine).'],
      });
    });
  });
});
