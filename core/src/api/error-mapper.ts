/**
 * Turns anything thrown while handling a request into a NetBox-shaped response. Client mistakes
 * that reach the database (bad casts, out-of-range numbers, invalid regexes, races on unique keys)
 * become 400/409, never 500; only genuine faults are 500s, and they are logged.
 */
import type Koa from 'koa';
import { PatchbayError } from '../errors.js';
import type { Logger } from '../logger.js';

interface PgError {
  code?: string;
  detail?: string;
  message?: string;
  constraint?: string;
  table?: string;
}

/** SQLSTATEs caused by what a client sent, with the status and wording to answer. */
const CLIENT_SQLSTATE: Record<string, { status: number; message: string }> = {
  '22P02': { status: 400, message: 'Invalid value.' },
  '22003': { status: 400, message: 'A value is out of range.' },
  '22001': { status: 400, message: 'A value is too long.' },
  '22007': { status: 400, message: 'Invalid date or time.' },
  '22008': { status: 400, message: 'Date or time out of range.' },
  '22009': { status: 400, message: 'Invalid time zone in a date or time.' },
  '2201B': { status: 400, message: 'Invalid regular expression.' },
  '22023': { status: 400, message: 'Invalid parameter value.' },
  '22021': { status: 400, message: 'Invalid character in value.' },
  '22P05': { status: 400, message: 'Invalid character in value.' },
  '22025': { status: 400, message: 'Invalid escape sequence.' },
  '22019': { status: 400, message: 'Invalid escape character.' },
  '2201W': { status: 400, message: 'Invalid limit.' },
  '2201X': { status: 400, message: 'Invalid offset.' },
  '22004': { status: 400, message: 'A value may not be null.' },
  '23502': { status: 400, message: 'A required value is missing.' },
  '23514': { status: 400, message: 'A value violates a check constraint.' },
  '23505': { status: 400, message: 'An object with these values already exists.' },
  '23503': { status: 409, message: 'The object is referenced by other objects, or references one that does not exist.' },
  // ON DELETE RESTRICT (protected references) when a dependent appeared after the delete's own check.
  '23001': { status: 409, message: 'Unable to delete object: other objects depend on it.' },
  '54000': { status: 400, message: 'A value is too large.' },
  '2202E': { status: 400, message: 'Invalid array subscript.' },
  '42P18': { status: 400, message: 'Invalid value.' },
};

/**
 * A body sent with `Content-Encoding: gzip|deflate|br` that does not decompress: the body parser
 * passes zlib's error on without an HTTP status, but the client sent it.
 */
function isDecompressionError(err: unknown): boolean {
  const { code, errno } = (err ?? {}) as { code?: unknown; errno?: unknown };
  return typeof errno === 'number' && typeof code === 'string' && /^(Z_|ERR__ERROR_|ERR_BROTLI)/.test(code);
}

export function errorMapper(logger: Logger): Koa.Middleware {
  return async (ctx, next) => {
    try {
      await next();
    } catch (err) {
      if (err instanceof PatchbayError) {
        ctx.status = err.status;
        ctx.body = err.body;
        return;
      }
      const httpErr = err as { status?: number; expose?: boolean; message?: string; type?: string };
      if (typeof httpErr.status === 'number' && httpErr.status >= 400 && httpErr.status < 500) {
        ctx.status = httpErr.status;
        const message = httpErr.type === 'entity.parse.failed' || /JSON/i.test(httpErr.message ?? '')
          ? `JSON parse error - ${httpErr.message}`
          : httpErr.message;
        ctx.body = { detail: message };
        return;
      }
      if (isDecompressionError(err)) {
        ctx.status = 400;
        ctx.body = { detail: 'The request body could not be decoded with its Content-Encoding.' };
        return;
      }
      const pg = err as PgError;
      const known = pg.code ? CLIENT_SQLSTATE[pg.code] : undefined;
      if (known) {
        ctx.status = known.status;
        ctx.body = known.status === 409 ? { detail: known.message } : { non_field_errors: [known.message] };
        return;
      }
      logger.error(`${ctx.method} ${ctx.url}: ${(err as Error)?.stack ?? String(err)}`);
      ctx.status = 500;
      ctx.body = { error: 'Internal server error', exception: (err as Error)?.name ?? 'Error' };
    }
  };
}
