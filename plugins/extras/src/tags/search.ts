/** Global search over tags, with NetBox 4.2's weights (extras/search.py TagIndex). */
import { defineSearchIndex } from '@patchbay/core';
import { Tag } from './tag.js';

export const tagSearchIndex = defineSearchIndex(Tag, { fields: { name: 100, slug: 110, description: 500 }, display: ['description'] });
