/** The operator's configuration: keys, defaults, and the environment variables that override them. */
import { z } from 'zod';

const TRUE = new Set(['true', '1', 'yes', 'on']);
const FALSE = new Set(['false', '0', 'no', 'off']);

/** A boolean, or its spelling in an environment variable (any case: `True` is what netbox-docker writes). */
const bool = z.preprocess((v) => {
  if (typeof v !== 'string') return v;
  const s = v.trim().toLowerCase();
  return TRUE.has(s) ? true : FALSE.has(s) ? false : v;
}, z.boolean({ error: 'must be true or false' }));

/**
 * A whole number, or its decimal digits in an environment variable. Nothing else is coerced, so
 * `true`, `null`, `"8e3"` or `"0x1f"` are errors rather than 1, 0, 8000 or 31.
 */
const int = (min: number, max: number) =>
  z.preprocess(
    (v) => (typeof v === 'string' && /^\s*-?\d+\s*$/.test(v) ? Number(v) : v),
    z.number({ error: 'must be a whole number' }).int('must be a whole number').min(min, `must be at least ${min}`).max(max, `must be at most ${max}`),
  );

export const configSchema = z
  .object({
    /** postgres://… ; absent → embedded PGlite in `dataDir`. */
    databaseUrl: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL').optional(),
    /** Where the embedded database keeps its files. */
    dataDir: z.string().default('./data'),
    host: z.string().default('0.0.0.0'),
    port: int(0, 65535).default(8000),
    /** Signs v2 API tokens (HMAC); at least 50 characters in production. */
    secretKey: z.string().min(16, 'must be at least 16 characters').optional(),
    loginRequired: bool.default(true),
    /** Unknown filter parameters answer 400 (false: ignored, as NetBox does). */
    strictFilters: bool.default(true),
    paginateCount: int(1, 100000).default(50),
    /** 0 = no maximum. */
    maxPageSize: int(0, 1000000).default(1000),
    plugins: z.array(z.string().min(1)).optional(),
    pluginsConfig: z.record(z.string(), z.record(z.string(), z.unknown())).default({}),
    superuserName: z.string().min(1).optional(),
    superuserEmail: z.string().default(''),
    superuserPassword: z.string().min(1).optional(),
    /** A 40-hex v1 token created for the superuser on first start. */
    superuserApiToken: z.string().regex(/^[0-9a-f]{40}$/i, 'must be 40 hexadecimal characters').optional(),
    /**
     * Behind a reverse proxy: take the client address, scheme and host from X-Forwarded-For /
     * -Proto / -Host. Off by default, since a client could otherwise spoof its address past a
     * token's allowed_ips.
     */
    trustProxy: bool.default(false),
    /** Log every SQL statement (debugging). */
    logQueries: bool.default(false),
  })
  .strict();

export type PatchbayConfig = z.output<typeof configSchema>;
export type PatchbayConfigInput = z.input<typeof configSchema>;

/** Environment variable → config key. */
export const ENV_KEYS: Record<string, keyof PatchbayConfig> = {
  DATABASE_URL: 'databaseUrl',
  DATA_DIR: 'dataDir',
  HOST: 'host',
  PORT: 'port',
  SECRET_KEY: 'secretKey',
  LOGIN_REQUIRED: 'loginRequired',
  STRICT_FILTERS: 'strictFilters',
  PAGINATE_COUNT: 'paginateCount',
  MAX_PAGE_SIZE: 'maxPageSize',
  SUPERUSER_NAME: 'superuserName',
  SUPERUSER_EMAIL: 'superuserEmail',
  SUPERUSER_PASSWORD: 'superuserPassword',
  SUPERUSER_API_TOKEN: 'superuserApiToken',
  LOG_QUERIES: 'logQueries',
  TRUST_PROXY: 'trustProxy',
};
