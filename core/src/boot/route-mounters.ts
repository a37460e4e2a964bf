/** Core route groups beyond the resources (OpenAPI schema, docs viewer), mounted by boot in this order. */
import type { RouteMounter } from '../api/create-app.js';

export const coreRouteMounters: RouteMounter[] = [];
