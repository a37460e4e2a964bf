/** The content area of extras (filled in by its owner). */
import type { ExtrasArea } from './area.js';

export const content: ExtrasArea = { models: [], resources: [], migrations: {} };
