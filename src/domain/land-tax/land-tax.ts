/**
 * A dossier's exchange with the Tax office as the desk reads it (GET /api/dossiers/{code} → `landTax`): the latest
 * information slip sent and the notice that answered it. Shared by the server and the desk.
 */
import type { TaxNotice } from './notice.js';
import type { TaxInfoSlip } from './slip.js';

export interface LandTax {
  slip: (TaxInfoSlip & { sentAt: string; sentBy: string | null; from: string; to: string }) | null;
  notice: (TaxNotice & { at: string; by: string | null; from: string }) | null;
}
