/**
 * The options of the hotline area's staff routes, listed under "hotline" in the API document: the switchboard's
 * commands, its reads and its live stream.
 */
import { staffRoutes } from '../shared/routes.js';

export const hotlineStaff = staffRoutes(['hotline']);
