/**
 * What the consoles read: the call log, one call, my calls, the directory with presence, the callbacks, the
 * screen-pop, the dashboard and the units whose hotline one may read. Operators and specialists of the unit; leaders
 * and administrators of the unit or above it may read the log, the callbacks and the statistics. The screen-pop is
 * for those who work the calls, and shows only the caller's records of the unit and the units below it.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { notFound } from '../../domain/errors.js';
import { listCallbacks } from '../../services/hotline/callbacks.js';
import { findCallView } from '../../services/hotline/calls.js';
import { directoryEntries } from '../../services/hotline/directory.js';
import { listCalls, myCalls, screenPop } from '../../services/hotline/reads.js';
import { checkHotlineAccess, hotlineUnit, readableHotlineUnits } from '../../services/hotline/scope.js';
import { hotlineStats } from '../../services/hotline/stats.js';
import { actingContext, requireActor } from '../shared/guard.js';
import { auditRead } from '../../services/audit/read.js';
import { readActions } from '../../domain/audit/purposes.js';
import {
  CallList,
  CallParams,
  CallView,
  Callbacks,
  CallsQuery,
  Directory,
  DirectoryQuery,
  HotlineStats,
  HotlineUnits,
  ScreenPop,
  ScreenPopQuery,
  StatsQuery,
  UnitQuery,
} from '../../contracts/hotline.js';
import { staffReplies } from '../shared/routes.js';
import { hotlineStaff } from './options.js';

const staff = hotlineStaff;

export const hotlineReadRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps.database;

  app.get(
    '/hotline/calls',
    staff('The call log of a unit, newest first; search by phone in any form (or a part of it)', {
      querystring: CallsQuery,
      response: staffReplies(CallList, 404),
    }),
    async (request) => {
      const actor = requireActor(request);
      const unit = await hotlineUnit(db, actor, request.query.unitId, 'read');
      const calls = await listCalls(db, unit.id, request.query);
      await auditRead(db, actingContext(request), {
        action: readActions.callLog,
        purpose: 'call_log',
        entity: 'unit',
        entityId: unit.id,
        unitId: unit.id,
        ...(request.query.phone ? { phone: request.query.phone } : {}),
      });
      return calls;
    },
  );

  app.get(
    '/hotline/calls/mine',
    staff('Calls routed to me in the last 30 days, open ones first', {
      response: staffReplies(CallList, 404),
    }),
    async (request) => {
      const actor = requireActor(request);
      await hotlineUnit(db, actor, undefined, 'work');
      return myCalls(db, actor.id);
    },
  );

  app.get(
    '/hotline/calls/:id',
    staff('One call with its legs, outcome and checklists sent', {
      params: CallParams,
      response: staffReplies(CallView, 404),
    }),
    async (request) => {
      const call = await findCallView(db, request.params.id);
      if (!call) throw notFound('HOTLINE_CALL_NOT_FOUND', 'Không tìm thấy cuộc gọi.');
      const actor = requireActor(request);
      await checkHotlineAccess(db, actor, call.unitId, 'read');
      await auditRead(db, actingContext(request), {
        action: readActions.callLog,
        purpose: 'call_log',
        entity: 'hotline_call',
        entityId: call.id,
        unitId: call.unitId,
      });
      return call;
    },
  );

  app.get(
    '/hotline/directory',
    staff("Who can take a call at the unit's hotline, by field, with presence and whether on a call", {
      querystring: DirectoryQuery,
      response: staffReplies(Directory, 404),
    }),
    async (request) => {
      const unit = await hotlineUnit(db, requireActor(request), request.query.unitId, 'read');
      return directoryEntries(db, {
        unitId: unit.id,
        ...(request.query.field ? { fieldCode: request.query.field } : {}),
      });
    },
  );

  app.get(
    '/hotline/callbacks',
    staff('Calls to return: open ones first by due time (with an overdue flag), then those done this week', {
      querystring: UnitQuery,
      response: staffReplies(Callbacks, 404),
    }),
    async (request) => {
      const unit = await hotlineUnit(db, requireActor(request), request.query.unitId, 'read');
      return listCallbacks(db, unit.id);
    },
  );

  app.get(
    '/hotline/units',
    staff(
      'The units whose hotline I may read (log, callbacks, statistics), by name, and whether I work their calls',
      {
        response: staffReplies(HotlineUnits, 404),
      },
    ),
    async (request) => readableHotlineUnits(db, requireActor(request)),
  );

  app.get(
    '/hotline/screen-pop',
    staff(
      "What the unit's hotline may know about a caller: name, and dossiers, tickets, appointments and calls of the unit and the units below it (others only counted)",
      {
        querystring: ScreenPopQuery,
        response: staffReplies(ScreenPop, 404),
      },
    ),
    async (request) => {
      const actor = requireActor(request);
      const unit = await hotlineUnit(db, actor, request.query.unitId, 'work');
      const pop = await screenPop(db, unit.id, request.query.phone);
      await auditRead(db, actingContext(request), {
        action: readActions.screenPop,
        purpose: 'hotline_call',
        unitId: unit.id,
        phone: request.query.phone,
        personId: pop.person?.id ?? null,
      });
      return pop;
    },
  );

  app.get(
    '/hotline/stats',
    staff(
      'The hotline dashboard: calls per day and field, answer and missed rates, wait, first-visit success',
      {
        querystring: StatsQuery,
        response: staffReplies(HotlineStats, 404),
      },
    ),
    async (request) => {
      const unit = await hotlineUnit(db, requireActor(request), request.query.unitId, 'read');
      return hotlineStats(db, unit.id, request.query);
    },
  );
};
