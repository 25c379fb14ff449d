/**
 * The public tracking route (tra cứu hồ sơ), with its schemas as types (src/contracts/route.ts).
 */
import { get } from './route.js';
import type { TrackedDossier, TrackParams, TrackQuery } from './tracking.js';

export const trackingApi = {
  track: get<typeof TrackedDossier, { params: typeof TrackParams; querystring: typeof TrackQuery }>(
    '/api/track/:code',
  ),
};
