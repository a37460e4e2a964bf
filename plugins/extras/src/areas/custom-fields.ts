/** The custom-fields area of extras (filled in by its owner). */
import type { ExtrasArea } from './area.js';

export const customFields: ExtrasArea = { models: [], resources: [], migrations: {} };
