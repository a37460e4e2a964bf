/** `patchbay createsuperuser`: asks for a username, email and password and creates the user. */
import { createInterface } from 'node:readline';
import type { PatchbayConfig } from '../config/schema.js';
import type { PluginDefinition } from '../plugin/define-plugin.js';
import { boot } from '../boot/boot.js';
import { consoleLogger } from '../logger.js';
import { createSuperuser } from '../apps/users/bootstrap.js';

export async function createSuperuserCommand(config: PatchbayConfig, plugins: PluginDefinition[]): Promise<void> {
  const patchbay = await boot({ config, plugins, logger: consoleLogger });
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: Boolean(process.stdin.isTTY) });
  // The line iterator buffers, so answers piped in before their prompt are not lost.
  const lines = rl[Symbol.asyncIterator]();
  const ask = async (prompt: string): Promise<string> => {
    process.stdout.write(prompt);
    const next = await lines.next();
    return next.done ? '' : String(next.value);
  };
  try {
    const username = (await ask('Username: ')).trim();
    const email = (await ask('Email address: ')).trim();
    const password = await ask('Password: ');
    if (!username || !password) throw new Error('username and password are required');
    const { created } = await createSuperuser(patchbay.knex, patchbay.secretKey, { username, password, email });
    consoleLogger.info(created ? `Superuser "${username}" created.` : `User "${username}" already exists; nothing changed.`);
  } finally {
    rl.close();
    await patchbay.close();
  }
}
