import { afterAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createKnex } from '../../core/src/db/create-knex.js';
import { verifyPassword } from '../../core/src/auth/passwords.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** `patchbay createsuperuser` answers its prompts from standard input and stores a hashed password. */
describe('patchbay createsuperuser', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'patchbay-csu-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('creates the superuser from the answers', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: path.join(dir, 'data') };
    delete env.DATABASE_URL;
    const child = spawn(path.join(root, 'node_modules/.bin/tsx'), [path.join(root, 'core/src/cli/main.ts'), 'createsuperuser'], { cwd: dir, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
    child.stdin!.end('root\nroot@example.net\ncorrect horse battery staple\n');
    const code = await new Promise((r) => child.once('exit', r));
    expect(code, out).toBe(0);
    expect(out).toContain('Superuser "root" created.');
    const knex = await createKnex({ dataDir: path.join(dir, 'data', 'pglite') });
    try {
      const user = await knex('users_user').where('username', 'root').first();
      expect(user).toMatchObject({ email: 'root@example.net', is_superuser: true });
      expect(user.password).toMatch(/^\$argon2id\$/);
      expect(await verifyPassword(user.password, 'correct horse battery staple')).toBe(true);
    } finally {
      await knex.destroy();
    }
  });
});
