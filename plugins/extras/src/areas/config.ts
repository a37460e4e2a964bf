/** The config area of extras (filled in by its owner). */
import type { ExtrasArea } from './area.js';

export const config: ExtrasArea = { models: [], resources: [], migrations: {} };
