/** Core route groups beyond the resources (OpenAPI schema, docs viewer, authentication check), mounted by boot in this order. */
import type { RouteMounter } from '../api/create-app.js';
import { mountSchemaRoute } from '../openapi/routes.js';
import { mountDocsViewer } from '../openapi/docs-viewer.js';
import { mountAuthenticationCheck } from '../apps/users/routes/authentication-check.js';

export const coreRouteMounters: RouteMounter[] = [
  (router, container) => mountSchemaRoute(router, container),
  (router) => mountDocsViewer(router),
  mountAuthenticationCheck,
];
