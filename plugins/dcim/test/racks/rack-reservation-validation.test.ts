/** Rack reservation rules (NetBox's RackReservation.clean()): units exist in the rack, are not reserved twice, and the user is protected. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import { RACKS, RESERVATIONS, USERS, make, places, racksApp, type Places } from './fixtures.js';

eachDatabase((database) => {
  let app: TestApp;
  let p: Places;
  let rack: number;
  let high: number;
  beforeAll(async () => {
    app = await createTestApp({ ...racksApp, database });
    p = await places(app);
    rack = (await make(app.api, RACKS, { name: 'Ten', site: p.sites[0], u_height: 10 })).id;
    high = (await make(app.api, RACKS, { name: 'High', site: p.sites[0], u_height: 4, starting_unit: 20, desc_units: true })).id;
  });
  afterAll(async () => app?.close());

  const refuse = async (body: Record<string, unknown>, errors: Record<string, string[]>) => {
    const before = (await app.api.get(RESERVATIONS)).body.count;
    const res = await app.api.post(RESERVATIONS, body);
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(res.body).toEqual(errors);
    expect((await app.api.get(RESERVATIONS)).body.count).toBe(before);
  };

  it('refuses units the rack does not have', async () => {
    await refuse({ rack, units: [0, 5, 11], user: p.users[0], description: 'x' }, { units: ['Invalid unit(s) for 10U rack: 0, 11'] });
    await refuse({ rack: high, units: [19, 20, 23, 24], user: p.users[0], description: 'x' }, { units: ['Invalid unit(s) for 4U rack: 19, 24'] });
    await refuse({ rack, units: [-1], user: p.users[0], description: 'x' }, { units: ['Ensure this value is greater than or equal to 0.'] });
  });

  it('refuses units another reservation of the rack holds, but not those of another rack', async () => {
    const first = await make(app.api, RESERVATIONS, { rack, units: [3, 4], user: p.users[0], description: 'first' });
    expect(first.units).toEqual([3, 4]);
    expect(first.display).toMatch(/^Reservation for rack /);
    await refuse({ rack, units: [4, 5, 3], user: p.users[1], description: 'second' }, { units: ['The following units have already been reserved: 4, 3'] });
    await make(app.api, RESERVATIONS, { rack: high, units: [21], user: p.users[1], description: 'other rack' });
    // Re-saving a reservation does not conflict with itself.
    const res = await app.api.patch(`${RESERVATIONS}${first.id}/`, { units: [4, 5], description: 'moved' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.units).toEqual([4, 5]);
  });

  it('checks an update against the rack it moves to', async () => {
    const resv = await make(app.api, RESERVATIONS, { rack, units: [9, 10], user: p.users[0], description: 'move me' });
    const res = await app.api.patch(`${RESERVATIONS}${resv.id}/`, { rack: high });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ units: ['Invalid unit(s) for 4U rack: 9, 10'] });
  });

  it('needs units, a user and a description', async () => {
    await refuse({ rack, units: [], user: p.users[0], description: 'x' }, { units: ['This field cannot be blank.'] });
    await refuse({ rack }, { units: ['This field is required.'], user: ['This field is required.'], description: ['This field is required.'] });
    await refuse({ rack, units: [1], user: p.users[0], description: '' }, { description: ['This field may not be blank.'] });
  });

  it('shows the user in brief and filters by username', async () => {
    const resv = await make(app.api, RESERVATIONS, { rack, units: [7], user: { username: 'rack-user-3' }, description: 'by name' });
    expect(resv.user.id).toBe(p.users[2]);
    expect(resv.user.username).toBe('rack-user-3');
    expect((await app.api.get(`${RESERVATIONS}?user=rack-user-3`)).body.results.map((r: { id: number }) => r.id)).toEqual([resv.id]);
  });

  it('protects a user who holds reservations from deletion (409)', async () => {
    const user = await make(app.api, USERS, { username: 'holder', password: 'Secret-password-1' });
    await make(app.api, RESERVATIONS, { rack, units: [8], user: user.id, description: 'held' });
    expect((await app.api.delete(`${USERS}${user.id}/`)).status).toBe(409);
  });
});
