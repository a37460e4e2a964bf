/** A throwaway PostgreSQL database for one benchmark run (`patchbay_bench_<pid>`), always dropped. */
import { createKnex } from '../../core/src/db/create-knex.js';

export interface ScratchDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

export async function createScratchDatabase(serverUrl: string): Promise<ScratchDatabase> {
  const name = `patchbay_bench_${process.pid}`;
  const admin = await createKnex({ databaseUrl: serverUrl, pool: { min: 0, max: 1 } });
  try {
    await admin.raw(`DROP DATABASE IF EXISTS "${name}"`);
    await admin.raw(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.destroy();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  let dropped = false;
  return {
    url: url.toString(),
    name,
    async drop() {
      if (dropped) return;
      dropped = true;
      const again = await createKnex({ databaseUrl: serverUrl, pool: { min: 0, max: 1 } });
      try {
        await again.raw(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await again.destroy();
      }
    },
  };
}
