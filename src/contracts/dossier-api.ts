/**
 * The dossier routes the desk calls, with their schemas as types (src/contracts/route.ts).
 */
import { get, post } from './route.js';
import type { ControlSlip } from './control-slip.js';
import type {
  ActionBody,
  Attachment,
  AttachmentUploadQuery,
  ActionResult,
  AllowedActions,
  CodeParams,
  DossierDetail,
  Inbox,
  InboxQuery,
  IntakeBody,
  IntakeResult,
  OtpBody,
  OtpSent,
  ProcedureCodeParams,
} from './dossier.js';
import type { IntakePrefill, PrefillQuery } from './intake-prefill.js';
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
  /** What the desk already knows (ticket, appointment, hotline call) to prefill intake. */
  intakePrefill: get<typeof IntakePrefill, { querystring: typeof PrefillQuery }>(
    '/api/dossiers/intake-prefill',
  ),
  /** A one-time code to the applicant's phone confirming a declaration read back to them. */
  declarationOtp: post<typeof OtpSent, { body: typeof OtpBody }>('/api/dossiers/otp'),
  /** A scan attached to the dossier: the file is the body (client.ts `upload`). */
  attach: post<typeof Attachment, { params: typeof CodeParams; querystring: typeof AttachmentUploadQuery }>(
    '/api/dossiers/:code/attachments',
  ),
  transferTargets: get<typeof TransferTargets, { params: typeof CodeParams }>(
    '/api/dossiers/:code/transfer-targets',
  ),
};

/** One scan, as the file: a link the desk opens, not a call. */
export const attachmentFilePath = '/api/dossiers/:code/attachments/:id';
