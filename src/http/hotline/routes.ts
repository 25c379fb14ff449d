/**
 * The hotline: the PBX's signed events (event-routes.ts), the staff's calls, directory, callbacks, screen-pop and
 * statistics (staff-routes.ts, read-routes.ts) and the consoles' live stream (live-routes.ts).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { hotlineEventRoutes } from './event-routes.js';
import { hotlineLiveRoutes } from './live-routes.js';
import { hotlineReadRoutes } from './read-routes.js';
import { hotlineStaffRoutes } from './staff-routes.js';

export const hotlineRoutes: FastifyPluginAsyncTypebox = async (app) => {
  await app.register(hotlineEventRoutes);
  await app.register(hotlineReadRoutes);
  await app.register(hotlineStaffRoutes);
  await app.register(hotlineLiveRoutes);
};
