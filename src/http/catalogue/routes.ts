/**
 * The catalogue area: the public catalogue (/api/procedures, /api/fields) and its administration
 * (/api/admin/procedures, /api/admin/catalogue/*).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { adminCatalogueReadRoutes } from './admin-read-routes.js';
import { adminCatalogueRoutes } from './admin-routes.js';
import { publicCatalogueRoutes } from './public-routes.js';

export const catalogueRoutes: FastifyPluginAsyncTypebox = async (app) => {
  await app.register(publicCatalogueRoutes);
  await app.register(adminCatalogueRoutes);
  await app.register(adminCatalogueReadRoutes);
};
