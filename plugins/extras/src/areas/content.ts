/**
 * The content area of extras: custom links (with a render endpoint), export templates (served by
 * `?export=` on every list), saved filters (`?filter=` / `?filter_id=` on every list) and image
 * attachments (multipart uploads stored under mediaRoot, served at /media/). Migration
 * 20260306003000…
 */
import { defineResource, type ResourceDefinition } from '@patchbay/core';
import type { ExtrasArea } from './area.js';
import { CustomLink } from '../content/models/custom-link.js';
import { ExportTemplate } from '../content/models/export-template.js';
import { SavedFilter } from '../content/models/saved-filter.js';
import { ImageAttachment } from '../content/models/image-attachment.js';
import { customLinkSerializer } from '../content/serializers/custom-link.js';
import { exportTemplateSerializer } from '../content/serializers/export-template.js';
import { savedFilterSerializer } from '../content/serializers/saved-filter.js';
import { imageAttachmentSerializer } from '../content/serializers/image-attachment.js';
import { customLinkFilterSet } from '../content/filters/custom-link.js';
import { exportTemplateFilterSet } from '../content/filters/export-template.js';
import { savedFilterFilterSet } from '../content/filters/saved-filter.js';
import { imageAttachmentFilterSet } from '../content/filters/image-attachment.js';
import { CustomLinkButtonClassChoices } from '../content/choices.js';
import { objectTypeIds } from '../content/object-types.js';
import { exportParameter } from '../content/services/export.js';
import { savedFilterParameter } from '../content/services/saved-filter-parameter.js';
import { customLinkRenderRoute } from '../content/routes/custom-link-render.js';
import { imageUploadRoute } from '../content/routes/image-upload.js';
import { imageReplaceRoutes } from '../content/routes/image-replace.js';
import { imageAttachmentBeforeSave } from '../content/services/image-uploads.js';
import { mediaRoute } from '../content/routes/media.js';
import { connectContentSignals } from '../content/signals.js';
import { createContentTables } from '../content/migrations/20260306003000_create_content_tables.js';

type WriteHooks = NonNullable<ResourceDefinition['hooks']>;

/** `object_types` written as labels; `feature` limits them as NetBox's limit_choices_to does. */
function objectTypesHooks(feature?: string): WriteHooks {
  return {
    async prepare({ c, trx, body }) {
      if (body.object_types === undefined) return body;
      return { ...body, object_types: await objectTypeIds(trx, c.registry, body.object_types, feature) };
    },
  };
}

export const content: ExtrasArea = {
  models: [CustomLink, ExportTemplate, SavedFilter, ImageAttachment],
  resources: [
    defineResource({ slug: 'custom-links', model: CustomLink, serializer: customLinkSerializer, filterSet: customLinkFilterSet, hooks: objectTypesHooks('custom_links') }),
    defineResource({ slug: 'export-templates', model: ExportTemplate, serializer: exportTemplateSerializer, filterSet: exportTemplateFilterSet, hooks: objectTypesHooks('export_templates') }),
    defineResource({ slug: 'saved-filters', model: SavedFilter, serializer: savedFilterSerializer, filterSet: savedFilterFilterSet, hooks: objectTypesHooks() }),
    defineResource({ slug: 'image-attachments', model: ImageAttachment, serializer: imageAttachmentSerializer, filterSet: imageAttachmentFilterSet, hooks: { beforeSave: imageAttachmentBeforeSave } }),
  ],
  routes: [customLinkRenderRoute, imageUploadRoute, ...imageReplaceRoutes, mediaRoute],
  // NetBox's extras/search.py has no index for these four models.
  searchIndexes: [],
  choices: [CustomLinkButtonClassChoices],
  migrations: { '20260306003000_create_content_tables': createContentTables },
  extends: { listParameters: [savedFilterParameter, exportParameter] },
  setup: connectContentSignals,
};

