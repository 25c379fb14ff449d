/**
 * What the operator and the specialist do: route a call, send a checklist, record the outcome, return a callback,
 * set their presence. Session and CSRF like every staff write; audited; idempotency keys where a retry could
 * repeat the effect (a routing, a message).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import {
  changePresence,
  completeCallback,
  recordOutcome,
  sendChecklist,
  transferCall,
} from '../../services/hotline/actions.js';
import { actingContext } from '../shared/guard.js';
import {
  CallParams,
  CallView,
  Callback,
  CallbackDoneInput,
  ChecklistInput,
  ChecklistSent,
  DirectoryEntry,
  OutcomeInput,
  PresenceInput,
  TransferInput,
} from '../../contracts/hotline.js';
import { staffReplies } from '../shared/routes.js';
import { hotlineStaff } from './options.js';
import { runCommand } from '../../db/transaction.js';

const staff = hotlineStaff;

export const hotlineStaffRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps.database;

  app.post(
    '/hotline/calls/:id/transfer',
    staff(
      "Record the routing of the call to a specialist with the field and a note (the PBX's transfer merges in)",
      {
        params: CallParams,
        body: TransferInput,
        response: staffReplies(CallView, 404, 409),
      },
    ),
    async (request) => runCommand(db, transferCall, actingContext(request), request.params.id, request.body),
  );

  app.post(
    '/hotline/calls/:id/checklist',
    staff("Send the procedure's checklist (documents to bring, link to its page) to the caller", {
      params: CallParams,
      body: ChecklistInput,
      response: staffReplies(ChecklistSent, 404, 409),
    }),
    async (request) =>
      runCommand(
        db,
        sendChecklist,
        { ...actingContext(request), publicUrl: app.deps.config.publicUrl },
        request.params.id,
        request.body,
      ),
  );

  app.post(
    '/hotline/calls/:id/outcome',
    staff('Record the outcome of the call (callback_needed queues a callback)', {
      params: CallParams,
      body: OutcomeInput,
      response: staffReplies(CallView, 404, 409),
    }),
    async (request) => runCommand(db, recordOutcome, actingContext(request), request.params.id, request.body),
  );

  app.post(
    '/hotline/callbacks/:id/done',
    staff('Mark a callback done, with a note (done once; a repeat answers the same)', {
      params: CallParams,
      body: Type.Optional(CallbackDoneInput),
      response: staffReplies(Callback, 404, 409),
    }),
    async (request) =>
      runCommand(db, completeCallback, actingContext(request), request.params.id, request.body?.note),
  );

  app.put(
    '/hotline/presence',
    staff('Set my presence at the switchboard: available, busy or away', {
      body: PresenceInput,
      response: staffReplies(DirectoryEntry, 404, 409),
    }),
    async (request) => runCommand(db, changePresence, actingContext(request), request.body.presence),
  );
};
