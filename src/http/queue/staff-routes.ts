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
import { actingContext } from '../shared/guard.js';
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
} from '../../contracts/queue.js';
import { AgencyParams } from '../../contracts/common.js';
import { staffCreated, staffReplies, staffRoutes } from '../shared/routes.js';
import { unitByAgencyId } from '../../services/org/units.js';
import { inTransaction, runCommand } from '../../db/transaction.js';

const tags = ['queue'];
const staff = staffRoutes(tags);

/** The answer of a console action once it has run: `{ ok: true }`. */
async function done(action: Promise<unknown>) {
  await action;
  return { ok: true } as const;
}

export const queueStaffRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps.database;

  app.get(
    '/admin/units/:agencyId/counters',
    staff('The counters of a unit', {
      params: AgencyParams,
      response: staffReplies(Counters, 404, 409),
    }),
    async (request) => listCounters(db, actingContext(request), request.params.agencyId),
  );

  app.post(
    '/admin/units/:agencyId/counters',
    staff('Add a counter serving some fields (unit.manage; audited)', {
      params: AgencyParams,
      body: CounterInput,
      response: staffCreated(Counter, 404, 409),
    }),
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await runCommand(db, createCounter, actingContext(request), request.params.agencyId, request.body),
        ),
  );

  app.put(
    '/admin/counters/:id',
    staff('Change a counter: number, label, fields, open or closed (unit.manage; audited)', {
      params: CounterParams,
      body: CounterInput,
      response: staffReplies(Counter, 404, 409),
    }),
    async (request) => runCommand(db, updateCounter, actingContext(request), request.params.id, request.body),
  );

  app.post(
    '/queue/units/:agencyId/tickets',
    staff('Issue a ticket at the reception point (an officer of the unit; audited)', {
      params: AgencyParams,
      body: ReceptionIssueInput,
      response: staffCreated(IssuedTicket, 404, 409),
    }),
    async (request, reply) => {
      const ctx = actingContext(request);
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
    staff("The officer console: the unit's counters, mine, the ticket in progress, waiting lines", {
      response: staffReplies(ConsoleView, 404, 409),
    }),
    async (request) => consoleView(db, actingContext(request)),
  );

  app.post(
    '/queue/counters/:id/sign-in',
    staff('Sign in to a counter (leaving any other one; audited)', {
      params: CounterParams,
      response: staffReplies(Counter, 404, 409),
    }),
    async (request) => runCommand(db, signInToCounter, actingContext(request), request.params.id),
  );

  app.post(
    '/queue/sign-out',
    staff('Leave my counter (audited)', { response: staffReplies(Ok, 404, 409) }),
    async (request) => done(runCommand(db, signOutOfCounter, actingContext(request))),
  );

  app.post(
    '/queue/call-next',
    staff("Call the next ticket of my counter's fields (appointments first; audited)", {
      response: staffReplies(Ok, 404, 409),
    }),
    async (request) => done(runCommand(db, callNext, actingContext(request))),
  );

  app.post(
    '/queue/tickets/:id/:action',
    staff('Recall, mark absent or start serving the ticket at my counter (audited)', {
      params: ActionParams,
      response: staffReplies(Ok, 404, 409),
    }),
    async (request) => {
      const { id, action } = request.params;
      const ctx = actingContext(request);
      return done(
        inTransaction(db, (trx) => {
          if (action === 'recall') return recall(trx, ctx, id);
          if (action === 'no-show') return markNoShow(trx, ctx, id);
          return serve(trx, ctx, id);
        }),
      );
    },
  );

  app.post(
    '/queue/tickets/:id/transfer',
    staff("Send the ticket to another field's queue, keeping its place (audited)", {
      params: TicketParams,
      body: TransferInput,
      response: staffReplies(Ok, 404, 409),
    }),
    async (request) =>
      done(runCommand(db, transfer, actingContext(request), request.params.id, request.body.fieldCode)),
  );

  app.post(
    '/queue/tickets/:id/finish',
    staff('Finish the ticket, linked to the dossier it produced when a code is given (audited)', {
      params: TicketParams,
      body: FinishInput,
      response: staffReplies(Ok, 404, 409),
    }),
    async (request) =>
      done(
        runCommand(
          db,
          finish,
          actingContext(request),
          request.params.id,
          request.body.dossierCode ?? undefined,
        ),
      ),
  );

  app.get(
    '/queue/units/:agencyId/stats',
    staff(
      'Queue statistics of a unit: tickets, no-shows, waits and service times by field, day and counter',
      {
        params: AgencyParams,
        querystring: StatsQuery,
        response: staffReplies(QueueStats, 404, 409),
      },
    ),
    async (request) => queueStats(db, actingContext(request), request.params.agencyId, request.query),
  );
};
