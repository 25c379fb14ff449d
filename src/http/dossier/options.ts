/**
 * The options of the dossier area's staff routes, listed under "dossiers" in the API document: the dossier, its
 * attachments and intake prefill, and the end-of-day list (http/day-modes).
 */
import { staffRoutes } from '../shared/routes.js';

export const dossierTags = ['dossiers'];
export const dossierStaff = staffRoutes(dossierTags);
