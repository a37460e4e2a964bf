/**
 * API tokens. v1: `Token <40 hex>`; v2: `Bearer nbt_<key>.<secret>`. Neither secret is stored:
 * only HMAC-SHA256(secret key, token secret), looked up by digest (v1) or by key then compared in
 * constant time (v2).
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const V2_PREFIX = 'nbt_';

export function tokenDigest(secretKey: string, plaintext: string): string {
  return createHmac('sha256', secretKey).update(plaintext).digest('hex');
}

export function digestsEqual(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}

/** A new v1 token: 40 hexadecimal characters. */
export function newV1Token(): string {
  return randomBytes(20).toString('hex');
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function randomAlnum(n: number): string {
  const bytes = randomBytes(n);
  return [...bytes].map((b) => ALNUM[b % ALNUM.length]).join('');
}

/** A new v2 token: a 12-character public key and a 40-character secret. */
export function newV2Token(): { key: string; secret: string; token: string } {
  const key = randomAlnum(12);
  const secret = randomAlnum(40);
  return { key, secret, token: `${V2_PREFIX}${key}.${secret}` };
}

export type ParsedAuthorization =
  | { version: 1; plaintext: string }
  | { version: 2; key: string; secret: string }
  | { error: string };

/** Parses an Authorization header; undefined when there is none. */
export function parseAuthorization(header: string | undefined): ParsedAuthorization | undefined {
  if (!header) return undefined;
  const [scheme, value, ...rest] = header.trim().split(/\s+/);
  if (!scheme || !value || rest.length) return { error: 'Invalid token header. Use "Token <token>" or "Bearer nbt_<key>.<token>".' };
  const s = scheme.toLowerCase();
  if (s === 'token') {
    if (value.startsWith(V2_PREFIX)) return { error: 'v2 tokens must be sent as "Bearer nbt_<key>.<token>".' };
    return { version: 1, plaintext: value };
  }
  if (s === 'bearer') {
    if (!value.startsWith(V2_PREFIX)) return { error: 'Invalid v2 token: expected "nbt_<key>.<token>".' };
    const [key, secret] = value.slice(V2_PREFIX.length).split('.');
    if (!key || !secret) return { error: 'Invalid v2 token: expected "nbt_<key>.<token>".' };
    return { version: 2, key, secret };
  }
  return { error: 'Invalid token header. Use "Token <token>" or "Bearer nbt_<key>.<token>".' };
}
