/**
 * The staff side of the queue: counters (unit.manage), the reception point's tickets, and the officer console
 * (sign in to a counter, call next, recall, no-show, serve, transfer, finish). Every write is audited.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { forbidden } from '../../domain/errors.js';
import { canWorkQueue } from '../../domain/queue/access.js';
import { writeAudit } from '../../services/org/audit.js';
import { callNext, finish, markNoShow, recall, serve, transfer } from '../../services/queue/console.js';
import { consoleView } from '../../services/queue/console-view.js';
import { queueStats } from '../../services/queue/stats.js';
import {
  createCounter,
  listCounters,
  signInToCounter,
  signOutOfCounter,
  updateCounter,
} from '../../services/queue/counters.js';
import { issueTicket } from '../../services/queue/tickets.js';
import { requireActor } from '../auth/guard.js';
import { authenticated } from '../auth/routes.js';
import { ErrorResponse, staffErrors } from '../auth/schemas.js';
import { AgencyParams } from '../day-modes/schemas.js';
import {
  ActionParams,
  ConsoleView,
  Counter,
  CounterInput,
  CounterParams,
  Counters,
  FinishInput,
  IssuedTicket,
  Ok,
  QueueStats,
  StatsQuery,
  ReceptionIssueInput,
  TicketParams,
  TransferInput,
} from './schemas.js';
import { unitByAgencyId } from '../../services/org/units.js';
import { inTransaction, runCommand } from '../../db/transaction.js';

const tags = ['queue'];
const security = [{ session: [] }];
const errors = { ...staffErrors, 404: ErrorResponse, 409: ErrorResponse };

export const queueStaffRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps.database;
  const ctxOf = (request: Parameters<typeof requireActor>[0]) => ({
    actor: requireActor(request),
    requestId: request.id,
  });

  app.get(
    '/admin/units/:agencyId/counters',
    {
      onRequest: authenticated,
      schema: {
        tags,
        security,
        summary: 'The counters of a unit',
        params: AgencyParams,
        response: { 200: Counters, ...errors },
      },
    },
    async (request) => listCounters(db, ctxOf(request), request.params.agencyId),
  );

  app.post(
    '/admin/units/:agencyId/counters',
    {
      onRequest: authenticated,
      schema: {
        tags,
        security,
        summary: 'Add a counter serving some fields (unit.manage; audited)',
        params: AgencyParams,
        body: CounterInput,
        response: { 201: Counter, ...errors },
      },
    },
    async (request, reply) => {
      const counter = await runCommand(
        db,
        createCounter,
        ctxOf(request),
        request.params.agencyId,
        request.body,
      );
      return reply.status(201).send(counter);
    },
  );

  app.put(
    '/admin/counters/:id',
    {
      onRequest: authenticated,
      schema: {
        tags,
        security,
        summary: 'Change a counter: number, label, fields, open or closed (unit.manage; audited)',
        params: CounterParams,
        body: CounterInput,
        response: { 200: Counter, ...errors },
      },
    },
    async (request) => runCommand(db, updateCounter, ctxOf(request), request.params.id, request.body),
  );

  app.post(
    '/queue/units/:agencyId/tickets',
    {
      onRequest: authenticated,
      schema: {
        tags,
        security,
        summary: 'Issue a ticket at the reception point (an officer of the unit; audited)',
        params: AgencyParams,
        body: ReceptionIssueInput,
        response: { 201: IssuedTicket, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const ticket = await inTransaction(db, async (trx) => {
        const unit = await unitByAgencyId(trx, request.params.agencyId, { field: 'unit' });
        if (!canWorkQueue(ctx.actor, unit.id)) throw forbidden();
        const issued = await issueTicket(trx, {
          unitId: unit.id,
          fieldCode: request.body.fieldCode,
          source: 'reception',
          priority: request.body.priority ?? false,
          phone: request.body.phone ?? null,
        });
        await writeAudit(trx, ctx, {
          action: 'queue.ticket.issue',
          entity: 'queue_ticket',
          entityId: issued.id,
          unitId: unit.id,
          extra: { priority: issued.priority },
        });
        return issued;
      });
      return reply.status(201).send(ticket);
    },
  );

  app.get(
    '/queue/console',
    {
      onRequest: authenticated,
      schema: {
        tags,
        security,
        summary: "The officer console: the unit's counters, mine, the ticket in progress, waiting lines",
        response: { 200: ConsoleView, ...errors },
      },
    },
    async (request) => consoleView(db, ctxOf(request)),
  );

  app.post(
    '/queue/counters/:id/sign-in',
    {
      onRequest: authenticated,
      schema: {
        tags,
        security,
        summary: 'Sign in to a counter (leaving any other one; audited)',
        params: CounterParams,
        response: { 200: Counter, ...errors },
      },
    },
    async (request) => runCommand(db, signInToCounter, ctxOf(request), request.params.id),
  );

  app.post(
    '/queue/sign-out',
    {
      onRequest: authenticated,
      schema: { tags, security, summary: 'Leave my counter (audited)', response: { 200: Ok, ...errors } },
    },
    async (request) => {
      await runCommand(db, signOutOfCounter, ctxOf(request));
      return { ok: true };
    },
  );

  app.post(
    '/queue/call-next',
    {
      onRequest: authenticated,
      schema: {
        tags,
        security,
        summary: "Call the next ticket of my counter's fields (appointments first; audited)",
        response: { 200: Ok, ...errors },
      },
    },
    async (request) => {
      await runCommand(db, callNext, ctxOf(request));
      return { ok: true };
    },
  );

  app.post(
    '/queue/tickets/:id/:action',
    {
      onRequest: authenticated,
      schema: {
        tags,
        security,
        summary: 'Recall, mark absent or start serving the ticket at my counter (audited)',
        params: ActionParams,
        response: { 200: Ok, ...errors },
      },
    },
    async (request) => {
      const { id, action } = request.params;
      const ctx = ctxOf(request);
      await inTransaction(db, (trx) => {
        if (action === 'recall') return recall(trx, ctx, id);
        if (action === 'no-show') return markNoShow(trx, ctx, id);
        return serve(trx, ctx, id);
      });
      return { ok: true };
    },
  );

  app.post(
    '/queue/tickets/:id/transfer',
    {
      onRequest: authenticated,
      schema: {
        tags,
        security,
        summary: "Send the ticket to another field's queue, keeping its place (audited)",
        params: TicketParams,
        body: TransferInput,
        response: { 200: Ok, ...errors },
      },
    },
    async (request) => {
      await runCommand(db, transfer, ctxOf(request), request.params.id, request.body.fieldCode);
      return { ok: true };
    },
  );

  app.post(
    '/queue/tickets/:id/finish',
    {
      onRequest: authenticated,
      schema: {
        tags,
        security,
        summary: 'Finish the ticket, linked to the dossier it produced when a code is given (audited)',
        params: TicketParams,
        body: FinishInput,
        response: { 200: Ok, ...errors },
      },
    },
    async (request) => {
      await runCommand(db, finish, ctxOf(request), request.params.id, request.body.dossierCode ?? undefined);
      return { ok: true };
    },
  );

  app.get(
    '/queue/units/:agencyId/stats',
    {
      onRequest: authenticated,
      schema: {
        tags,
        security,
        summary:
          'Queue statistics of a unit: tickets, no-shows, waits and service times by field, day and counter',
        params: AgencyParams,
        querystring: StatsQuery,
        response: { 200: QueueStats, ...errors },
      },
    },
    async (request) => queueStats(db, ctxOf(request), request.params.agencyId, request.query),
  );
};
