/**
 * /api/dossiers: desk intake, online submission, one dossier, the inbox, actions and what is allowed next.
 * Staff routes check the session before the body is validated (401 first); unit checks happen in the services.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { applyAction } from '../../services/dossier/actions/apply.js';
import { getControlSlip, latenessForActor } from '../../services/dossier/tasks/control-slip.js';
import { receiveDossier, submitOnline } from '../../services/dossier/intake/intake.js';
import { getAllowedActions, getDossier, listInbox } from '../../services/dossier/queries.js';
import { retryOnIdempotencyRace } from '../../services/dossier/retry.js';
import { listTransferTargets } from '../../services/dossier/actions/transfer-targets.js';
import { TransferTargets } from '../../contracts/land-tax.js';
import { actingContext, requireActor } from '../shared/guard.js';
import { auditRead } from '../../services/audit/read.js';
import { readActions } from '../../domain/audit/purposes.js';
import { getDeclarationForm } from '../../services/eform/declaration.js';
import { DeclarationFormOut, DeclarationQuery } from '../../contracts/eform.js';
import {
  countingWrongCodes,
  requestDeclarationOtp,
  requestOnlineOtp,
  useOtp,
} from '../../services/dossier/intake/otp.js';
import {
  ActionBody,
  ActionResult,
  AllowedActions,
  CodeParams,
  DossierDetail,
  DossierSummary,
  Inbox,
  InboxQuery,
  IntakeBody,
  IntakeResult,
  OnlineBody,
  OtpBody,
  OtpSent,
  ProcedureCodeParams,
} from '../../contracts/dossier.js';
import { ControlSlip, Lateness, LatenessQuery } from '../../contracts/control-slip.js';
import { prefillRoutes } from './prefill-routes.js';
import { ErrorResponse } from '../../contracts/common.js';
import { created, replies, staffCreated, staffReplies } from '../shared/routes.js';
import { dossierStaff, dossierTags } from './options.js';
import { inTransaction, runCommand } from '../../db/transaction.js';

const tags = dossierTags;
const staff = dossierStaff;
/**
 * Online submission needs no login: it needs a one-time code sent to the applicant's phone (at most 3 per phone in
 * 10 minutes, 5 a day: otp.ts), and both routes are limited per client address.
 */
const ONLINE_RATE = { max: 10, timeWindow: '10 minutes' };
const ONLINE_OTP_RATE = { max: 10, timeWindow: '1 hour' };
/** One-time codes cost an SMS each: a desk never needs more than this. */
const OTP_RATE = { max: 30, timeWindow: '1 minute' };

export const dossierRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps.database;
  const { publicUrl } = app.deps.config;
  await app.register(prefillRoutes);

  app.post(
    '/dossiers',
    staff('Receive a dossier at the desk: a receipt, a supplement request or a refusal', {
      body: IntakeBody,
      response: staffCreated(IntakeResult, 404, 409),
    }),
    async (request, reply) => {
      const ctx = actingContext(request);
      // Not in a transaction: the receipt's reads run on their own and its write is one statement (intake.ts).
      const c = request.body.confirmation;
      const result = await countingWrongCodes(db, c?.method === 'otp' ? c.otpId : undefined, () =>
        retryOnIdempotencyRace(() => receiveDossier(db, ctx, request.body, { publicUrl })),
      );
      return reply.status(201).send(result);
    },
  );

  app.post(
    '/dossiers/otp',
    {
      ...staff("Send a one-time code to the applicant's phone to confirm a declaration read back to them", {
        body: OtpBody,
        response: staffCreated(OtpSent, 429),
      }),
      config: { rateLimit: OTP_RATE },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await runCommand(db, requestDeclarationOtp, actingContext(request), request.body.phone)),
  );

  app.get(
    '/procedures/:code/declaration',
    {
      schema: {
        tags,
        summary: "The declaration's e-form (tờ khai) of the procedure version in force",
        description:
          'The fields the applicant (online) or the officer (assisted intake) fills: key, label, kind (text, ' +
          'textarea, date, select, number, id_number, phone, email), required, options, lengths, pattern, help, ' +
          'the part of the form it opens (group), and its condition on a checklist question. With ' +
          '`?answers=uy_quyen:yes,…` (as for the checklist) fields an answer rules out are left out; an unknown ' +
          'question or answer is a 400 naming it. A version without a form of its own gets the generic one ' +
          '(`generic: true`, the request in words).',
        params: ProcedureCodeParams,
        querystring: DeclarationQuery,
        response: replies(DeclarationFormOut, 400, 404),
      },
    },
    async (request) => getDeclarationForm(db, request.params.code, request.query.answers),
  );

  app.post(
    '/dossiers/online/otp',
    {
      config: { csrf: false, rateLimit: ONLINE_OTP_RATE },
      schema: {
        tags,
        summary: "Send a one-time code to the applicant's phone, needed to submit a dossier online",
        body: OtpBody,
        response: created(OtpSent, 400, 429),
      },
    },
    async (request, reply) =>
      reply.status(201).send(await runCommand(db, requestOnlineOtp, request.body.phone)),
  );

  app.post(
    '/dossiers/online',
    {
      config: { csrf: false, rateLimit: ONLINE_RATE },
      schema: {
        tags,
        summary:
          "Submit a dossier online (no login, a one-time code sent to the applicant's phone); it waits for an officer to receive it",
        body: OnlineBody,
        response: {
          201: DossierSummary,
          400: ErrorResponse,
          404: ErrorResponse,
          409: ErrorResponse,
          429: ErrorResponse,
        },
      },
    },
    async (request, reply) => {
      const { otpId, code } = request.body.verification;
      const result = await countingWrongCodes(db, otpId, () =>
        retryOnIdempotencyRace(() =>
          inTransaction(db, (trx) =>
            submitOnline(trx, request.body, {
              requestId: request.id,
              verify: (phone, now) => useOtp(trx, 'online_submission', otpId, phone, code, now),
            }),
          ),
        ),
      );
      return reply.status(201).send(result);
    },
  );

  app.get(
    '/dossiers',
    staff("Inbox of the actor's units, riskiest first (overdue, due today, due soon), with counts", {
      querystring: InboxQuery,
      response: staffReplies(Inbox),
    }),
    async (request) => listInbox(db, requireActor(request), request.query),
  );

  app.get(
    '/dossiers/:code',
    staff('One dossier with its documents and history', {
      params: CodeParams,
      response: staffReplies(DossierDetail, 404),
    }),
    async (request) => {
      const actor = requireActor(request);
      const dossier = await getDossier(db, actor, request.params.code);
      await auditRead(db, actingContext(request), {
        action: readActions.dossier,
        purpose: 'dossier_handling',
        dossierCode: dossier.code,
      });
      return dossier;
    },
  );

  app.get(
    '/dossiers/:code/allowed-actions',
    staff('Actions the transition table allows now, and those the actor may take', {
      params: CodeParams,
      response: staffReplies(AllowedActions, 404),
    }),
    async (request) => getAllowedActions(db, requireActor(request), request.params.code),
  );

  app.get(
    '/dossiers/lateness',
    staff(
      "Finished dossiers of the actor's units between two dates: on time, late, and late by the agency that caused it",
      {
        querystring: LatenessQuery,
        response: staffReplies(Lateness),
      },
    ),
    async (request) => latenessForActor(db, requireActor(request), request.query),
  );

  app.get(
    '/dossiers/:code/transfer-targets',
    staff(
      "Units the dossier may be transferred to or a consultation asked of (suggested first), with the default answer deadline on each unit's calendar",
      {
        params: CodeParams,
        response: staffReplies(TransferTargets, 404),
      },
    ),
    async (request) => ({
      items: await listTransferTargets(db, requireActor(request), request.params.code),
    }),
  );

  app.get(
    '/dossiers/:code/control-slip',
    staff(
      'Process control slip (form 06): every hand-off with its step due and outcome, each agency against its share',
      {
        params: CodeParams,
        response: staffReplies(ControlSlip, 404),
      },
    ),
    async (request) => getControlSlip(db, requireActor(request), request.params.code),
  );

  app.post(
    '/dossiers/:code/actions',
    staff('Take an action on a dossier (checked against the table, the version and the idempotency key)', {
      params: CodeParams,
      body: ActionBody,
      response: staffReplies(ActionResult, 404, 409),
    }),
    async (request) =>
      retryOnIdempotencyRace(() =>
        runCommand(db, applyAction, actingContext(request), request.params.code, request.body, {
          publicUrl,
          ratingSecret: app.deps.config.sessionSecret,
        }),
      ),
  );
};
