/** The tags area of extras (filled in by its owner). */
import type { ExtrasArea } from './area.js';

export const tags: ExtrasArea = { models: [], resources: [], migrations: {} };
