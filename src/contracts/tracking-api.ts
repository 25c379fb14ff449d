/**
 * The public tracking route (tra cứu hồ sơ), with its schemas as types (src/contracts/route.ts).
 */
import { route } from './route.js';
import type { TrackedDossier, TrackParams, TrackQuery } from './tracking.js';

export const trackingApi = {
  track: route<{
    params: typeof TrackParams;
    querystring: typeof TrackQuery;
    response: typeof TrackedDossier;
  }>('GET', '/api/track/:code'),
};
