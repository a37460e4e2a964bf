/** The ipam.PrefixUtilization dashboard widget: top-level prefixes by default, chosen ones by id, NetBox's utilisation rules. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import { IP_ADDRESSES, PREFIXES, allocationWorld, ipamApp, make } from './fixtures.js';

eachDatabase((database) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp({ ...ipamApp, database });
    await allocationWorld(app);
  });
  afterAll(async () => app?.close());

  it('shows how full the top-level prefixes, or the chosen ones, are', async () => {
    const widget = app.patchbay.registry.widgets.get('ipam.PrefixUtilization')!;
    expect(widget.config).toEqual({ prefixes: [], limit: 10 });
    const top = await make(app.api, PREFIXES, { prefix: '10.0.0.0/16', status: 'container' });
    const half = await make(app.api, PREFIXES, { prefix: '10.0.0.0/17' });
    const small = await make(app.api, PREFIXES, { prefix: '192.0.2.0/30' });
    await make(app.api, IP_ADDRESSES, { address: '192.0.2.1/30' });
    const data = await widget.data({ db: app.knex, config: widget.config as Record<string, unknown> });
    expect(data).toEqual({
      prefixes: [
        { id: top.id, prefix: '10.0.0.0/16', vrf: null, status: 'container', utilization: 50 },
        { id: small.id, prefix: '192.0.2.0/30', vrf: null, status: 'active', utilization: 50 },
      ],
    });
    const chosen = await widget.data({ db: app.knex, config: { prefixes: [half.id] } });
    expect(chosen).toEqual({ prefixes: [{ id: half.id, prefix: '10.0.0.0/17', vrf: null, status: 'active', utilization: 0 }] });
  });
});
