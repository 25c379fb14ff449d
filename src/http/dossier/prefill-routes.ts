/**
 * GET /api/dossiers/intake-prefill: what the desk already knows about the citizen in front of it (the ticket called,
 * the appointment checked in, the hotline call named), so that intake asks nothing twice.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type, type TSchema } from 'typebox';
import { intakePrefill } from '../../services/dossier/intake/prefill.js';
import { requireActor } from '../shared/guard.js';
import { Answers } from '../../contracts/answers.js';
import { staffReplies } from '../shared/routes.js';
import { dossierStaff } from './options.js';

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);

export const PrefillQuery = Type.Object(
  {
    ticket: Type.Optional(Type.String({ maxLength: 60, description: 'Id of the queue ticket called' })),
    appointment: Type.Optional(
      Type.String({ maxLength: 60, description: 'Id or booking code of the appointment' }),
    ),
    call: Type.Optional(
      Type.String({ maxLength: 60, description: 'Reference (XXXX-XX) or id of the hotline call' }),
    ),
  },
  { additionalProperties: false },
);

export const IntakePrefill = Type.Object({
  person: Type.Object({ name: Nullable(Type.String()), phone: Nullable(Type.String()) }),
  procedure: Nullable(Type.Object({ code: Type.String(), name: Type.String() })),
  answers: Answers,
  links: Type.Object({
    appointmentId: Nullable(Type.String()),
    ticketId: Nullable(Type.String()),
    hotlineCallId: Nullable(Type.String()),
    hotlineChecklistId: Nullable(Type.String()),
  }),
  sources: Type.Array(Type.String()),
});

export const prefillRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps.database;
  app.get(
    '/dossiers/intake-prefill',
    dossierStaff('Intake prefilled from the ticket called, the appointment checked in or the hotline call', {
      querystring: PrefillQuery,
      response: staffReplies(IntakePrefill, 404),
    }),
    async (request) => intakePrefill(db, requireActor(request), request.query),
  );
};
