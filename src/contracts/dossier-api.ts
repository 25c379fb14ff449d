/**
 * The dossier routes the desk calls, with their schemas as types (src/contracts/route.ts).
 */
import { get, post } from './route.js';
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
  ProcedureCodeParams,
} from './dossier.js';
import type { DeclarationFormOut, DeclarationQuery } from './eform.js';
import type { TransferTargets } from './land-tax.js';

export const dossierApi = {
  inbox: get<typeof Inbox, { querystring: typeof InboxQuery }>('/api/dossiers'),
  intake: post<typeof IntakeResult, { body: typeof IntakeBody }>('/api/dossiers'),
  one: get<typeof DossierDetail, { params: typeof CodeParams }>('/api/dossiers/:code'),
  allowedActions: get<typeof AllowedActions, { params: typeof CodeParams }>(
    '/api/dossiers/:code/allowed-actions',
  ),
  act: post<typeof ActionResult, { params: typeof CodeParams; body: typeof ActionBody }>(
    '/api/dossiers/:code/actions',
  ),
  controlSlip: get<typeof ControlSlip, { params: typeof CodeParams }>('/api/dossiers/:code/control-slip'),
  /** The declaration's e-form of the version in force, for the answers given (fields ruled out left out). */
  declaration: get<
    typeof DeclarationFormOut,
    { params: typeof ProcedureCodeParams; querystring: typeof DeclarationQuery }
  >('/api/procedures/:code/declaration'),
  transferTargets: get<typeof TransferTargets, { params: typeof CodeParams }>(
    '/api/dossiers/:code/transfer-targets',
  ),
};
