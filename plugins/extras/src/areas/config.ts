/**
 * The config area of extras: config contexts and config templates, the rendered `config_context`
 * of devices and VMs, `config_template` on devices, roles, platforms and VMs, and the render
 * endpoints (migration range 20260306005xxx, after the tags area whose table the contexts' tag
 * scope points at). NetBox indexes neither model for search and declares no choices for them.
 */
import { defineResource } from '@patchbay/core';
import type { ExtrasArea } from './area.js';
import { ConfigContext } from '../config/models/config-context.js';
import { ConfigTemplate } from '../config/models/config-template.js';
import { configContextSerializer } from '../config/serializers/config-context.js';
import { configTemplateSerializer } from '../config/serializers/config-template.js';
import { configContextFilterSet } from '../config/filters/config-context.js';
import { configTemplateFilterSet } from '../config/filters/config-template.js';
import { configContextHooks } from '../config/services/tag-slugs.js';
import { configExtensions } from '../config/extensions.js';
import { renderTemplateRoute } from '../config/routes/render-template.js';
import { deviceRenderConfigRoute, vmRenderConfigRoute } from '../config/routes/render-config.js';
import { createConfigTables } from '../config/migrations/20260306005000_create_config_tables.js';

export const config: ExtrasArea = {
  models: [ConfigContext, ConfigTemplate],
  resources: [
    defineResource({ slug: 'config-contexts', model: ConfigContext, serializer: configContextSerializer, filterSet: configContextFilterSet, hooks: configContextHooks }),
    defineResource({ slug: 'config-templates', model: ConfigTemplate, serializer: configTemplateSerializer, filterSet: configTemplateFilterSet }),
  ],
  routes: [renderTemplateRoute, deviceRenderConfigRoute, vmRenderConfigRoute],
  migrations: { '20260306005000_create_config_tables': createConfigTables },
  extends: configExtensions,
};
