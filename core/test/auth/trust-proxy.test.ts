import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '@patchbay/core/testing';

/** X-Forwarded-* headers are believed only with trustProxy: otherwise a client could spoof past allowed_ips. */
describe('forwarded headers and allowed_ips', () => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  async function tokenFor10Net(app: TestApp): Promise<string> {
    const res = await app.api.post('/api/users/tokens/', { allowed_ips: ['10.0.0.0/8'] });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.token as string;
  }

  it('ignores X-Forwarded-For by default', async () => {
    t = await createTestApp();
    const token = await tokenFor10Net(t);
    const spoofed = await t.api.get('/api/', { auth: `Token ${token}`, headers: { 'x-forwarded-for': '10.9.9.9', 'x-forwarded-proto': 'https' } });
    expect(spoofed.status).toBe(403);
    expect(spoofed.body.detail).toMatch(/not permitted/);
    const own = await t.api.get('/api/');
    expect(own.body.users).toMatch(/^http:\/\//);
  });

  it('believes the proxy when trustProxy is on', async () => {
    t = await createTestApp({ config: { trustProxy: true } });
    const token = await tokenFor10Net(t);
    const viaProxy = await t.api.get('/api/', { auth: `Token ${token}`, headers: { 'x-forwarded-for': '10.9.9.9', 'x-forwarded-proto': 'https', 'x-forwarded-host': 'netbox.example.net' } });
    expect(viaProxy.status).toBe(200);
    expect(viaProxy.body.users).toBe('https://netbox.example.net/api/users/');
  });
});
