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
import { requireActor } from '../auth/guard.js';
import { authenticated } from '../auth/routes.js';
import { ErrorResponse, staffErrors } from '../auth/schemas.js';
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
} from './schemas.js';
import { runCommand } from '../../db/transaction.js';

const tags = ['hotline'];
const security = [{ session: [] }];
const errors = { ...staffErrors, 404: ErrorResponse, 409: ErrorResponse };

export const hotlineStaffRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps.database;
  const ctxOf = (request: Parameters<typeof requireActor>[0]) => ({
    actor: requireActor(request),
    requestId: request.id,
  });

  app.post(
    '/hotline/calls/:id/transfer',
    {
      onRequest: authenticated,
      schema: {
        tags,
        security,
        summary:
          "Record the routing of the call to a specialist with the field and a note (the PBX's transfer merges in)",
        params: CallParams,
        body: TransferInput,
        response: { 200: CallView, ...errors },
      },
    },
    async (request) => runCommand(db, transferCall, ctxOf(request), request.params.id, request.body),
  );

  app.post(
    '/hotline/calls/:id/checklist',
    {
      onRequest: authenticated,
      schema: {
        tags,
        security,
        summary: "Send the procedure's checklist (documents to bring, link to its page) to the caller",
        params: CallParams,
        body: ChecklistInput,
        response: { 200: ChecklistSent, ...errors },
      },
    },
    async (request) =>
      runCommand(
        db,
        sendChecklist,
        { ...ctxOf(request), publicUrl: app.deps.config.publicUrl },
        request.params.id,
        request.body,
      ),
  );

  app.post(
    '/hotline/calls/:id/outcome',
    {
      onRequest: authenticated,
      schema: {
        tags,
        security,
        summary: 'Record the outcome of the call (callback_needed queues a callback)',
        params: CallParams,
        body: OutcomeInput,
        response: { 200: CallView, ...errors },
      },
    },
    async (request) => runCommand(db, recordOutcome, ctxOf(request), request.params.id, request.body),
  );

  app.post(
    '/hotline/callbacks/:id/done',
    {
      onRequest: authenticated,
      schema: {
        tags,
        security,
        summary: 'Mark a callback done, with a note (done once; a repeat answers the same)',
        params: CallParams,
        body: Type.Optional(CallbackDoneInput),
        response: { 200: Callback, ...errors },
      },
    },
    async (request) =>
      runCommand(db, completeCallback, ctxOf(request), request.params.id, request.body?.note),
  );

  app.put(
    '/hotline/presence',
    {
      onRequest: authenticated,
      schema: {
        tags,
        security,
        summary: 'Set my presence at the switchboard: available, busy or away',
        body: PresenceInput,
        response: { 200: DirectoryEntry, ...errors },
      },
    },
    async (request) => runCommand(db, changePresence, ctxOf(request), request.body.presence),
  );
};
