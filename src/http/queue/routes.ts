/**
 * The queue at a unit's desk: public kiosk, ticket and lobby display (public-routes.ts, live-routes.ts) and the
 * staff's counters, reception point and officer console (staff-routes.ts).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { queueLiveRoutes } from './live-routes.js';
import { queuePublicRoutes } from './public-routes.js';
import { queueStaffRoutes } from './staff-routes.js';

export const queueRoutes: FastifyPluginAsyncTypebox = async (app) => {
  await app.register(queuePublicRoutes);
  await app.register(queueLiveRoutes);
  await app.register(queueStaffRoutes);
};
