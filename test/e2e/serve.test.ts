import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The zero-setup path: `patchbay serve` on the embedded database with a config file enabling a
 * third-party plugin, creating the first superuser and its token from the environment.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const token = '0123456789abcdef0123456789abcdef01234567';

function waitForLine(child: ChildProcess, pattern: RegExp, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`timed out; output so far:\n${seen}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      seen += chunk.toString();
      const m = seen.match(pattern);
      if (m) {
        clearTimeout(timer);
        resolve(m[0]);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code}; output:\n${seen}`));
    });
  });
}

describe('patchbay serve (embedded database)', () => {
  let dir: string;
  let child: ChildProcess;
  let base: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'patchbay-serve-'));
    writeFileSync(path.join(dir, 'patchbay.config.yaml'), `plugins:\n  - '@patchbay/example-plugin-acl'\npluginsConfig:\n  acl:\n    assignable_types: [users.group]\n`);
    writeFileSync(path.join(dir, 'package.json'), '{"name":"serve-test","private":true}');
    const port = 20000 + Math.floor(Math.random() * 20000);
    const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1', SUPERUSER_NAME: 'admin', SUPERUSER_PASSWORD: 'secret-password', SUPERUSER_API_TOKEN: token, DATA_DIR: path.join(dir, 'data') };
    delete env.DATABASE_URL;
    delete env.PATCHBAY_CONFIG;
    // Plugins resolve from the config file's folder; give it the workspace's node_modules.
    const { symlinkSync } = await import('node:fs');
    symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
    child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'core/src/cli/main.ts'), 'serve'], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    await waitForLine(child, /serving http:\/\/\S+/, 60_000);
    base = `http://127.0.0.1:${port}`;
  });

  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the API with the configured superuser token and plugin', async () => {
    const anon = await fetch(`${base}/api/`);
    expect(anon.status).toBe(403);
    const res = await fetch(`${base}/api/`, { headers: { authorization: `Token ${token}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('api-version')).toBe('4.2');
    expect(await res.json()).toMatchObject({ plugins: `${base}/api/plugins/`, users: `${base}/api/users/` });
    const status = await (await fetch(`${base}/api/status/`, { headers: { authorization: `Token ${token}` } })).json();
    expect(status.plugins).toMatchObject({ acl: '1.0.0', core: expect.any(String), users: expect.any(String) });
    expect(status.database).toBe('embedded (PGlite)');
    const created = await fetch(`${base}/api/plugins/acl/access-lists/`, {
      method: 'POST',
      headers: { authorization: `Token ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'from-e2e', type: 'standard' }),
    });
    expect(created.status).toBe(201);
  });
});

describe('patchbay serve with a bad configuration value', () => {
  it('exits non-zero with one line naming the key', async () => {
    const env = { ...process.env, PORT: 'not-a-port' };
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'core/src/cli/main.ts'), 'serve'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
    const code = await new Promise((r) => child.once('exit', r));
    expect(code).not.toBe(0);
    const lines = err.trim().split('\n').filter((l) => l.includes('[patchbay]'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/PB_CONFIG_INVALID.*port/);
  });
});
