/**
 * Loads `patchbay.config.{ts,js,json,yaml,yml}` (or the file named by PATCHBAY_CONFIG), applies
 * environment overrides and validates the result; a bad value throws a ConfigError naming the key.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import YAML from 'yaml';
import { ConfigError } from '../errors.js';
import { configSchema, ENV_KEYS, type PatchbayConfig, type PatchbayConfigInput } from './schema.js';

const CANDIDATES = ['patchbay.config.ts', 'patchbay.config.js', 'patchbay.config.json', 'patchbay.config.yaml', 'patchbay.config.yml'];

/** Validates a config object (already merged with the environment). */
export function parseConfig(input: unknown): PatchbayConfig {
  const result = configSchema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const key = issue.path.join('.') || (issue.code === 'unrecognized_keys' ? (issue as { keys: string[] }).keys.join(', ') : 'config');
  throw new ConfigError(key, issue.message);
}

async function readConfigFile(file: string): Promise<PatchbayConfigInput> {
  const ext = path.extname(file);
  try {
    if (ext === '.json') return JSON.parse(readFileSync(file, 'utf8'));
    if (ext === '.yaml' || ext === '.yml') return YAML.parse(readFileSync(file, 'utf8')) ?? {};
    const mod = await import(pathToFileURL(path.resolve(file)).href);
    return mod.default ?? mod.config ?? {};
  } catch (err) {
    // Parsers (YAML's especially) add a code frame on further lines; start-up prints one line.
    throw new ConfigError(file, `cannot be read: ${String((err as Error)?.message ?? err).split('\n')[0]!.trim()}`);
  }
}

/** Reads the environment's overrides as raw strings; the schema coerces them. */
export function environmentOverrides(env: NodeJS.ProcessEnv): Partial<Record<keyof PatchbayConfig, string>> {
  const out: Partial<Record<keyof PatchbayConfig, string>> = {};
  for (const [name, key] of Object.entries(ENV_KEYS)) if (env[name] !== undefined && env[name] !== '') out[key] = env[name];
  return out;
}

export interface LoadedConfig {
  config: PatchbayConfig;
  /** Directory that relative plugin paths resolve against. */
  baseDir: string;
  file?: string;
}

export async function loadConfig(opts: { cwd?: string; env?: NodeJS.ProcessEnv; overrides?: PatchbayConfigInput } = {}): Promise<LoadedConfig> {
  const cwd = opts.cwd ?? process.cwd();
  const env = opts.env ?? process.env;
  let file: string | undefined;
  if (env.PATCHBAY_CONFIG) {
    file = path.resolve(cwd, env.PATCHBAY_CONFIG);
    if (!existsSync(file)) throw new ConfigError('PATCHBAY_CONFIG', `file not found: ${file}`);
  } else {
    file = CANDIDATES.map((c) => path.join(cwd, c)).find((c) => existsSync(c));
  }
  const fromFile = file ? await readConfigFile(file) : {};
  if (typeof fromFile !== 'object' || fromFile === null || Array.isArray(fromFile))
    throw new ConfigError(file ?? 'config', 'must define an object');
  const fromEnv = environmentOverrides(env);
  let config: PatchbayConfig;
  try {
    config = parseConfig({ ...fromFile, ...fromEnv, ...(opts.overrides ?? {}) });
  } catch (err) {
    // Say where a bad value came from: the operator looks for it in the environment, not the file.
    const variable = Object.entries(ENV_KEYS).find(([, key]) => key === (err as ConfigError).key)?.[0];
    const overridden = opts.overrides && (err as ConfigError).key in opts.overrides;
    if (err instanceof ConfigError && variable && !overridden && (err.key as keyof PatchbayConfig) in fromEnv)
      throw new ConfigError(err.key, `${err.message.replace(`Invalid configuration: ${err.key}: `, '')} (set by the environment variable ${variable})`);
    throw err;
  }
  return { config, baseDir: file ? path.dirname(file) : cwd, file };
}
