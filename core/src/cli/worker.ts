/** `patchbay worker`: placeholder replaced by the queue worker (see jobs/). */
import type { PatchbayConfig } from '../config/schema.js';
import type { PluginDefinition } from '../plugin/define-plugin.js';

export async function workerCommand(_config: PatchbayConfig, _plugins: PluginDefinition[]): Promise<void> {
  throw new Error('worker: not implemented yet');
}
