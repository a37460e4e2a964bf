/** Resolves the request's Authorization header to a user and token, or refuses it with NetBox's 403s. */
import type { Knex } from 'knex';
import ipaddr from 'ipaddr.js';
import { PatchbayError } from '../errors.js';
import type { AuthenticatedToken, AuthenticatedUser } from './types.js';
import { digestsEqual, parseAuthorization, tokenDigest } from './tokens.js';

const invalid = (detail = 'Invalid token') => new PatchbayError('PB_AUTH_INVALID_TOKEN', 403, { detail });

/** True when `ip` is inside one of the CIDRs (an empty list allows every address). */
export function ipAllowed(ip: string, allowed: string[] | null): boolean {
  if (!allowed || allowed.length === 0) return true;
  let addr: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    addr = ipaddr.process(ip);
  } catch {
    return false;
  }
  return allowed.some((cidr) => {
    try {
      const [net, len] = ipaddr.parseCIDR(cidr);
      return net.kind() === addr.kind() && addr.match([net, len] as never);
    } catch {
      return false;
    }
  });
}

export interface Authenticated {
  user: AuthenticatedUser;
  token: AuthenticatedToken;
}

export async function authenticate(knex: Knex, secretKey: string, header: string | undefined, clientIp: string): Promise<Authenticated | null> {
  const parsed = parseAuthorization(header);
  if (!parsed) return null;
  if ('error' in parsed) throw invalid(parsed.error);
  const qb = knex('users_token as t')
    .join('users_user as u', 'u.id', 't.user_id')
    .select(
      't.id as token_id', 't.write_enabled', 't.enabled', 't.expires', 't.allowed_ips', 't.hmac_digest', 't.last_used',
      'u.id', 'u.username', 'u.is_superuser', 'u.is_active',
      knex.raw(`coalesce((select array_agg(g.group_id) from users_user_groups g where g.user_id = u.id), '{}') as groups`),
    )
    .first();
  let row: Record<string, unknown> | undefined;
  if (parsed.version === 1) {
    row = await qb.where('t.version', 1).where('t.hmac_digest', tokenDigest(secretKey, parsed.plaintext));
  } else {
    row = await qb.where('t.version', 2).where('t.key', parsed.key);
    if (row && !digestsEqual(String(row.hmac_digest), tokenDigest(secretKey, parsed.secret))) row = undefined;
  }
  if (!row) throw invalid();
  if (!row.enabled) throw invalid('Token is disabled.');
  if (row.expires && new Date(row.expires as string) < new Date()) throw invalid('Token expired');
  if (!row.is_active) throw invalid('User inactive');
  if (!ipAllowed(clientIp, row.allowed_ips as string[] | null))
    throw invalid(`Source IP ${clientIp} is not permitted to authenticate using this token.`);
  // Recording use at most once a minute keeps reads from turning into writes.
  const lastUsed = row.last_used ? new Date(row.last_used as string).getTime() : 0;
  if (Date.now() - lastUsed > 60_000) await knex('users_token').update({ last_used: knex.fn.now() }).where('id', row.token_id as number);
  return {
    user: {
      id: Number(row.id),
      username: String(row.username),
      is_superuser: Boolean(row.is_superuser),
      is_active: Boolean(row.is_active),
      groups: ((row.groups as unknown[]) ?? []).map(Number),
    },
    token: { id: Number(row.token_id), write_enabled: Boolean(row.write_enabled) },
  };
}
