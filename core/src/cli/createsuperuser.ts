/** `patchbay createsuperuser`: asks for a username, email and password and creates the user. */
import { createInterface } from 'node:readline/promises';
import type { PatchbayConfig } from '../config/schema.js';
import type { PluginDefinition } from '../plugin/define-plugin.js';
import { boot } from '../boot/boot.js';
import { consoleLogger } from '../logger.js';
import { createSuperuser } from '../apps/users/bootstrap.js';

export async function createSuperuserCommand(config: PatchbayConfig, plugins: PluginDefinition[]): Promise<void> {
  const patchbay = await boot({ config, plugins, logger: consoleLogger });
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const username = (await rl.question('Username: ')).trim();
    const email = (await rl.question('Email address: ')).trim();
    const password = await rl.question('Password: ');
    if (!username || !password) throw new Error('username and password are required');
    const { created } = await createSuperuser(patchbay.knex, patchbay.secretKey, { username, password, email });
    consoleLogger.info(created ? `Superuser "${username}" created.` : `User "${username}" already exists; nothing changed.`);
  } finally {
    rl.close();
    await patchbay.close();
  }
}
