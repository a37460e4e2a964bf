/**
 * `patchbay serve` with a bad configuration exits non-zero before touching a database or a port,
 * printing exactly one line that names the offending key — what an operator reads in a container log.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const tsx = path.join(repo, 'node_modules/.bin/tsx');
const main = path.join(repo, 'core/src/cli/main.ts');

/** Runs `tsx core/src/cli/main.ts <args>` in `cwd` with extra environment variables. */
function run(args: string[], cwd: string, vars: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, PATCHBAY_CONFIG: undefined, ...vars };
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, [main, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`patchbay ${args.join(' ')} did not exit; stderr: ${stderr}`));
    }, 45_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe('patchbay serve with a bad configuration', () => {
  let cwd: string;
  beforeAll(() => {
    cwd = mkdtempSync(path.join(tmpdir(), 'patchbay-cli-'));
  });
  afterAll(() => rmSync(cwd, { recursive: true, force: true }));

  it('PORT=abc: exits non-zero with one line naming the key and the variable', async () => {
    const res = await run(['serve'], cwd, { PORT: 'abc' });
    expect(res.code).not.toBe(0);
    expect(res.code).not.toBeNull();
    expect(res.stdout).toBe('');
    const lines = res.stderr.trim().split('\n');
    expect(lines, res.stderr).toHaveLength(1);
    expect(lines[0]).toBe('[patchbay] error: PB_CONFIG_INVALID: Invalid configuration: port: must be a whole number (set by the environment variable PORT)');
  });

  it('an unknown key in the config file: one line naming it', async () => {
    const dir = mkdtempSync(path.join(cwd, 'file-'));
    writeFileSync(path.join(dir, 'patchbay.config.yaml'), 'port: 8000\nmax_page_size: 10\n');
    const res = await run(['serve'], dir, {});
    expect(res.code).not.toBe(0);
    const lines = res.stderr.trim().split('\n');
    expect(lines, res.stderr).toHaveLength(1);
    expect(lines[0]).toMatch(/PB_CONFIG_INVALID: Invalid configuration: max_page_size: /);
  });

  it('an unreadable config file: one line naming the file', async () => {
    const dir = mkdtempSync(path.join(cwd, 'broken-'));
    writeFileSync(path.join(dir, 'patchbay.config.yaml'), 'port: [8000\n');
    const res = await run(['migrate'], dir, {});
    expect(res.code).not.toBe(0);
    const lines = res.stderr.trim().split('\n');
    expect(lines, res.stderr).toHaveLength(1);
    expect(lines[0]).toContain(`Invalid configuration: ${path.join(dir, 'patchbay.config.yaml')}: cannot be read`);
  });
});
