/**
 * Wall time spent waiting for SQL, per statement kind, measured from knex's query events: tells a
 * request's database time apart from its JavaScript time.
 */
import type { Patchbay } from '@patchbay/core';

type Knex = Patchbay['knex'];

interface QueryEvent {
  __knexQueryUid: string;
  sql: string;
}

export class SqlTimer {
  private readonly started = new Map<string, { t: bigint; sql: string }>();
  readonly totals = new Map<string, { ms: number; count: number }>();

  private readonly onQuery = (q: QueryEvent) => this.started.set(q.__knexQueryUid, { t: process.hrtime.bigint(), sql: q.sql });
  private readonly onDone = (_r: unknown, q: QueryEvent) => {
    const s = this.started.get(q.__knexQueryUid);
    if (!s) return;
    this.started.delete(q.__knexQueryUid);
    const key = kindOf(s.sql);
    const e = this.totals.get(key) ?? { ms: 0, count: 0 };
    e.ms += Number(process.hrtime.bigint() - s.t) / 1e6;
    e.count += 1;
    this.totals.set(key, e);
  };

  constructor(private readonly knex: Knex) {
    knex.on('query', this.onQuery);
    knex.on('query-response', this.onDone);
    knex.on('query-error', this.onDone);
  }

  stop(): void {
    this.knex.removeListener('query', this.onQuery);
    this.knex.removeListener('query-response', this.onDone);
    this.knex.removeListener('query-error', this.onDone);
  }
}

/** A short name for a statement: its verb and first table. */
function kindOf(sql: string): string {
  const s = sql.replace(/\s+/g, ' ');
  if (/^select count\(\*\)/i.test(s)) return `count ${s.match(/from "([^"]+)"/i)?.[1] ?? ''}`.trim();
  const verb = s.split(' ')[0]!.toLowerCase();
  const table = s.match(/(?:from|into|update) "([^"]+)"/i)?.[1] ?? '';
  return `${verb} ${table}`.trim();
}
