/**
 * Operator configuration: patchbay.config.{json,yaml,yml,js,ts} found in the working directory or
 * named by PATCHBAY_CONFIG, environment variables over the file, defaults, and a ConfigError naming
 * the key (and the variable, when the environment set it) for any bad value or unknown key.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig, parseConfig } from '@patchbay/core';

let root: string;
let seq = 0;
/** A fresh directory holding the given files. */
function dir(files: Record<string, string> = {}): string {
  const d = path.join(root, `case-${++seq}`);
  mkdirSync(d, { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(d, name)), { recursive: true });
    writeFileSync(path.join(d, name), text);
  }
  return d;
}

/** The ConfigError a call throws (fails the test if it throws something else or nothing). */
async function configError(run: () => unknown): Promise<ConfigError> {
  try {
    await run();
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return err as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'patchbay-config-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('parseConfig', () => {
  it('fills the defaults', () => {
    expect(parseConfig({})).toMatchObject({
      dataDir: './data', host: '0.0.0.0', port: 8000, loginRequired: true, strictFilters: true, paginateCount: 50, maxPageSize: 1000, pluginsConfig: {},
    });
    expect(parseConfig({}).databaseUrl).toBeUndefined();
  });

  it.each([
    [{ port: 'abc' }, 'port', 'must be a whole number'],
    [{ port: 70000 }, 'port', 'must be at most 65535'],
    [{ port: -1 }, 'port', 'must be at least 0'],
    [{ port: 80.5 }, 'port', 'must be a whole number'],
    [{ port: true }, 'port', 'must be a whole number'], // never coerced to 1
    [{ port: null }, 'port', 'must be a whole number'], // never coerced to 0
    [{ port: '8e3' }, 'port', 'must be a whole number'],
    [{ paginateCount: 0 }, 'paginateCount', 'must be at least 1'],
    [{ maxPageSize: -1 }, 'maxPageSize', 'must be at least 0'],
    [{ maxPageSize: 'lots' }, 'maxPageSize', 'must be a whole number'],
    [{ loginRequired: 'maybe' }, 'loginRequired', 'must be true or false'],
    [{ strictFilters: 2 }, 'strictFilters', 'must be true or false'],
    [{ databaseUrl: 'mysql://db/x' }, 'databaseUrl', 'must be a postgres:// URL'],
    [{ secretKey: 'short' }, 'secretKey', 'must be at least 16 characters'],
    [{ superuserApiToken: 'xyz' }, 'superuserApiToken', 'must be 40 hexadecimal characters'],
    [{ plugins: 'acl' }, 'plugins', undefined],
    [{ pluginsConfig: { acl: 'on' } }, 'pluginsConfig.acl', undefined],
  ])('%j is refused, naming %s', async (input, key, message) => {
    const err = await configError(() => parseConfig(input));
    expect(err.key).toBe(key);
    expect(err.code).toBe('PB_CONFIG_INVALID');
    expect(err.message).toMatch(new RegExp(`^Invalid configuration: ${key.replace('.', '\\.')}: `));
    if (message) expect(err.message).toBe(`Invalid configuration: ${key}: ${message}`);
    expect(err.message).not.toContain('\n');
  });

  it('refuses unknown keys, naming them (a typo must not be silently ignored)', async () => {
    const one = await configError(() => parseConfig({ prot: 8080 }));
    expect(one.key).toBe('prot');
    const two = await configError(() => parseConfig({ prot: 1, loginRequird: false }));
    expect(two.key).toBe('prot, loginRequird');
    // Unknown keys in a plugin's own settings are that plugin's business.
    expect(parseConfig({ pluginsConfig: { acl: { anything: 1 } } }).pluginsConfig).toEqual({ acl: { anything: 1 } });
  });

  it('accepts booleans and whole numbers spelled as environment strings', () => {
    for (const v of ['true', 'True', 'TRUE', '1', 'yes', 'on']) expect(parseConfig({ loginRequired: v }).loginRequired, v).toBe(true);
    for (const v of ['false', 'False', '0', 'no', 'off', ' false ']) expect(parseConfig({ loginRequired: v }).loginRequired, v).toBe(false);
    expect(parseConfig({ port: '8080' }).port).toBe(8080);
    expect(parseConfig({ port: ' 9000 ' }).port).toBe(9000);
  });
});

describe('loadConfig', () => {
  const env = (vars: Record<string, string> = {}) => ({ ...vars }) as NodeJS.ProcessEnv;

  it('without a file or environment, the defaults', async () => {
    const d = dir();
    const { config, file, baseDir } = await loadConfig({ cwd: d, env: env() });
    expect(file).toBeUndefined();
    expect(baseDir).toBe(d);
    expect(config.port).toBe(8000);
  });

  it.each([
    ['patchbay.config.json', JSON.stringify({ port: 8101, strictFilters: false, pluginsConfig: { acl: { assignable_types: ['dcim.device'] } } })],
    ['patchbay.config.yaml', 'port: 8101\nstrictFilters: false\npluginsConfig:\n  acl:\n    assignable_types: [dcim.device]\n'],
    ['patchbay.config.yml', 'port: 8101\nstrictFilters: no\npluginsConfig: {acl: {assignable_types: [dcim.device]}}\n'],
    ['patchbay.config.js', 'export default { port: 8101, strictFilters: false, pluginsConfig: { acl: { assignable_types: ["dcim.device"] } } };\n'],
    ['patchbay.config.ts', 'const config: Record<string, unknown> = { port: 8101, strictFilters: false, pluginsConfig: { acl: { assignable_types: ["dcim.device"] } } };\nexport default config;\n'],
  ])('reads %s from the working directory', async (name, text) => {
    const d = dir({ [name]: text, 'package.json': '{"type": "module"}' });
    const { config, file, baseDir } = await loadConfig({ cwd: d, env: env() });
    expect(file).toBe(path.join(d, name));
    expect(baseDir).toBe(d);
    expect(config).toMatchObject({ port: 8101, strictFilters: false, pluginsConfig: { acl: { assignable_types: ['dcim.device'] } } });
  });

  it('a CommonJS config (module.exports) works too', async () => {
    const d = dir({ 'patchbay.config.js': 'module.exports = { port: 8102 };\n' });
    expect((await loadConfig({ cwd: d, env: env() })).config.port).toBe(8102);
  });

  it('PATCHBAY_CONFIG names the file (relative to the working directory); plugin paths resolve from its folder', async () => {
    const d = dir({ 'etc/patchbay/site.yaml': 'port: 8103\n', 'patchbay.config.json': '{"port": 1}' });
    const { config, file, baseDir } = await loadConfig({ cwd: d, env: env({ PATCHBAY_CONFIG: 'etc/patchbay/site.yaml' }) });
    expect(config.port).toBe(8103);
    expect(file).toBe(path.join(d, 'etc/patchbay/site.yaml'));
    expect(baseDir).toBe(path.join(d, 'etc/patchbay'));
  });

  it('PATCHBAY_CONFIG naming a missing file is an error naming PATCHBAY_CONFIG', async () => {
    const err = await configError(() => loadConfig({ cwd: dir(), env: env({ PATCHBAY_CONFIG: 'nope.yaml' }) }));
    expect(err.key).toBe('PATCHBAY_CONFIG');
  });

  it('environment variables override the file; empty ones are ignored; explicit overrides win over both', async () => {
    const d = dir({ 'patchbay.config.yaml': 'port: 8104\nloginRequired: true\npaginateCount: 20\n' });
    const vars = {
      DATABASE_URL: 'postgres://db.example/patchbay', PORT: '9001', LOGIN_REQUIRED: 'False', STRICT_FILTERS: 'false',
      PAGINATE_COUNT: '', MAX_PAGE_SIZE: '0',
    };
    const { config } = await loadConfig({ cwd: d, env: env(vars) });
    expect(config).toMatchObject({ databaseUrl: 'postgres://db.example/patchbay', port: 9001, loginRequired: false, strictFilters: false, paginateCount: 20, maxPageSize: 0 });
    const overridden = await loadConfig({ cwd: d, env: env(vars), overrides: { port: 9002 } });
    expect(overridden.config.port).toBe(9002);
  });

  it.each([
    ['PORT', 'abc', 'port', 'must be a whole number'],
    ['PORT', '65536', 'port', 'must be at most 65535'],
    ['DATABASE_URL', 'mysql://db/x', 'databaseUrl', 'must be a postgres:// URL'],
    ['LOGIN_REQUIRED', 'maybe', 'loginRequired', 'must be true or false'],
    ['STRICT_FILTERS', 'strict', 'strictFilters', 'must be true or false'],
    ['PAGINATE_COUNT', '0', 'paginateCount', 'must be at least 1'],
    ['MAX_PAGE_SIZE', '-5', 'maxPageSize', 'must be at least 0'],
  ])('a bad %s=%s is a ConfigError naming the key and the variable', async (variable, value, key, message) => {
    const err = await configError(() => loadConfig({ cwd: dir(), env: env({ [variable]: value }) }));
    expect(err.key).toBe(key);
    expect(err.message).toBe(`Invalid configuration: ${key}: ${message} (set by the environment variable ${variable})`);
    expect(err.message).not.toContain(`=${value}`); // values (possibly secrets) are not echoed
  });

  it('a bad value in the file names the key only', async () => {
    const d = dir({ 'patchbay.config.json': '{"maxPageSize": "lots"}' });
    const err = await configError(() => loadConfig({ cwd: d, env: env() }));
    expect(err.message).toBe('Invalid configuration: maxPageSize: must be a whole number');
  });

  it('an unknown key in the file is refused', async () => {
    const d = dir({ 'patchbay.config.yaml': 'port: 8000\nstrict_filters: false\n' });
    const err = await configError(() => loadConfig({ cwd: d, env: env() }));
    expect(err.key).toBe('strict_filters');
  });

  it.each([
    ['patchbay.config.json', '{"port": 80,', 'cannot be read'],
    ['patchbay.config.yaml', 'port: [1, 2\n', 'cannot be read'],
    ['patchbay.config.json', '[1, 2]', 'must define an object'],
    ['patchbay.config.yaml', '"just a string"\n', 'must define an object'],
    ['patchbay.config.js', 'export default 42;\n', 'must define an object'],
    ['patchbay.config.js', 'throw new Error("boom");\n', 'cannot be read: boom'],
  ])('a broken %s is a ConfigError naming the file', async (name, text, message) => {
    const d = dir({ [name]: text, 'package.json': '{"type": "module"}' });
    const err = await configError(() => loadConfig({ cwd: d, env: env() }));
    expect(err.key).toBe(path.join(d, name));
    expect(err.message).toContain(message);
    expect(err.message).not.toContain('\n');
  });

  it('an empty YAML file is an empty config', async () => {
    const d = dir({ 'patchbay.config.yaml': '' });
    expect((await loadConfig({ cwd: d, env: env() })).config.port).toBe(8000);
  });
});
