/**
 * The dossier routes the desk calls, with their schemas as types (src/contracts/route.ts).
 */
import { route } from './route.js';
import type { ControlSlip } from './control-slip.js';
import type {
  ActionBody,
  ActionResult,
  AllowedActions,
  CodeParams,
  DossierDetail,
  Inbox,
  InboxQuery,
  IntakeBody,
  IntakeResult,
} from './dossier.js';
import type { TransferTargets } from './land-tax.js';

export const dossierApi = {
  inbox: route<{ querystring: typeof InboxQuery; response: typeof Inbox }>('GET', '/api/dossiers'),
  intake: route<{ body: typeof IntakeBody; response: typeof IntakeResult }>('POST', '/api/dossiers'),
  one: route<{ params: typeof CodeParams; response: typeof DossierDetail }>('GET', '/api/dossiers/:code'),
  allowedActions: route<{ params: typeof CodeParams; response: typeof AllowedActions }>(
    'GET',
    '/api/dossiers/:code/allowed-actions',
  ),
  act: route<{ params: typeof CodeParams; body: typeof ActionBody; response: typeof ActionResult }>(
    'POST',
    '/api/dossiers/:code/actions',
  ),
  controlSlip: route<{ params: typeof CodeParams; response: typeof ControlSlip }>(
    'GET',
    '/api/dossiers/:code/control-slip',
  ),
  transferTargets: route<{ params: typeof CodeParams; response: typeof TransferTargets }>(
    'GET',
    '/api/dossiers/:code/transfer-targets',
  ),
};
