/**
 * The options of the organisation's routes (units, fields, staff): listed under "organisation" and the session's
 * security scheme; the session itself is checked for the whole of /api/admin by the plugin in routes.ts.
 */
import { staffSchemas } from '../shared/routes.js';

export const orgRoute = staffSchemas(['organisation']);
