/** The journal area of extras (filled in by its owner). */
import type { ExtrasArea } from './area.js';

export const journal: ExtrasArea = { models: [], resources: [], migrations: {} };
