/**
 * @patchbay/core — the public API for plugin authors. Everything not exported here is internal.
 */
export { definePlugin, type PluginDefinition, type PluginOptions, type Migration, type PluginExtensions } from './plugin/define-plugin.js';
export type { PluginContext } from './plugin/plugin-context.js';
export type { FieldProvider, FilterProvider, ProviderContext, ListParameter, ListAccess, ListResponse } from './plugin/extension-points.js';
export { registerPlugins, orderPlugins, BUILTIN_APPS } from './plugin/load-plugins.js';
export { Registry, type InstalledPlugin } from './registry/registry.js';
export { defineChoices, type ChoiceSet, type Choice } from './choices.js';
export {
  BaseModel, ChangeLoggedModel, NetBoxModel, PrimaryModel, OrganizationalModel, fieldsOf, featuresOf,
  type ModelClass, type FieldMap, type HookContext, type ModelFeature,
} from './models/base-model.js';
export { NestedGroupModel } from './models/nested-group-model.js';
/** Core's user model, for plugins whose objects point at a user (NetBox's AUTH_USER_MODEL foreign keys). */
export { User } from './apps/users/models.js';
/** Core's object types (core_objecttype), for plugins whose objects list "app.model" types (tags, custom fields). */
export { ObjectType } from './apps/core/models.js';
export { field, FieldValueError, columnOf, targetOf, parseIpNetwork, type FieldSpec, type FieldKind, type LoadContext } from './models/fields.js';
export { defineSerializer, extendSerializer, type Serializer, type SerializerOptions } from './serializers/define-serializer.js';
export { renderRows, renderOne, loadBrief, type RenderContext, type Json, type Row } from './serializers/render.js';
export { defineFilterSet, relation, choice, method, type FilterSet, type FilterDef } from './filters/define-filter-set.js';
export { FilterValueError } from './filters/lookups.js';
export { defineResource, type Resource, type ResourceDefinition } from './api/resource.js';
export { defineRoute, type RouteDefinition, type RouteRequest, type RouteResponse } from './api/define-route.js';
export { defineSearchIndex, type SearchIndex } from './search/define-search-index.js';
export { defineEventType, CORE_EVENT_TYPES, type EventType } from './events/define-event-type.js';
export { EventBus, EventQueue, type PatchbayEvent } from './events/event-queue.js';
export { defineWidget, type Widget } from './widgets/define-widget.js';
export { Signals, type SignalMap } from './signals/signals.js';
export { PatchbayError, ValidationError, PluginError, ConfigError, notFound, forbidden, conflict, badRequest, type FieldErrors } from './errors.js';
export {
  changeLoggedColumns, netboxModelColumns, primaryModelColumns, organizationalModelColumns, nestedGroupModelColumns, foreignKey,
} from './db/columns.js';
export { listObjects, getObject, fetchRow } from './operations/list.js';
export { createObjects, updateObjects, deleteObjects, recordCreatedObjects, recordDeletedObjects } from './operations/write.js';
export { defineJob, JobFailed, type JobDefinition, type JobOptions, type JobContext, type ClaimedJob } from './jobs/define-job.js';
export { enqueueJob, type EnqueueJobInput, type EnqueuedJob } from './jobs/enqueue-job.js';
export { runWorkerLoop, type WorkerLoopOptions, type WorkerLoopResult } from './jobs/worker-loop.js';
export { Job, JobStatusChoices } from './jobs/job-model.js';
export type { Knex } from 'knex';
export type { RootCradle, RequestCradle, RootContainer, RequestScope } from './container/cradle.js';
export { boot, BUILTIN_PLUGINS, type Patchbay, type BootOptions } from './boot/boot.js';
export { createSuperuser } from './apps/users/bootstrap.js';
export { loadConfig, parseConfig } from './config/load-config.js';
export type { PatchbayConfig, PatchbayConfigInput } from './config/schema.js';
export { PATCHBAY_VERSION, API_VERSION } from './version.js';
export { buildOpenApiDocument } from './openapi/build-document.js';
