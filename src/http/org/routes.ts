/**
 * /api/admin: the organisation (units, fields, staff). Every route needs a signed-in staff member (checked before
 * the body is validated, so that an anonymous request always gets 401); unit-scoped checks happen in the services.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { fieldRoutes } from './field-routes.js';
import { staffRoutes } from './staff-routes.js';
import { unitRoutes } from './unit-routes.js';
import { authenticated } from '../shared/guard.js';

export const orgRoutes: FastifyPluginAsyncTypebox = async (app) => {
  await app.register(
    async (admin) => {
      admin.addHook('onRequest', authenticated);
      await admin.register(unitRoutes);
      await admin.register(fieldRoutes);
      await admin.register(staffRoutes);
    },
    { prefix: '/admin' },
  );
};
