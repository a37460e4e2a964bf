/** Counts SQL statements on a knex instance (tests pin query budgets with it; DESIGN §6). */
import type { Knex } from 'knex';

export class QueryCounter {
  private count = 0;
  private log: string[] = [];
  private readonly onQuery = (q: { sql: string }) => {
    this.count += 1;
    this.log.push(q.sql);
  };

  constructor(private readonly knex: Knex) {
    knex.on('query', this.onQuery);
  }

  reset(): void {
    this.count = 0;
    this.log = [];
  }

  get total(): number {
    return this.count;
  }

  get statements(): readonly string[] {
    return this.log;
  }

  stop(): void {
    this.knex.removeListener('query', this.onQuery);
  }
}
