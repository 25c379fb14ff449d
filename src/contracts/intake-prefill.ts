/**
 * Schemas of GET /api/dossiers/intake-prefill: what the desk already knows about the citizen in front of it (the
 * ticket called, the appointment checked in, the hotline call named), so that intake asks nothing twice.
 */
import { Type, type Static, type TSchema } from 'typebox';
import { Answers } from './answers.js';

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
export type PrefillQuery = Static<typeof PrefillQuery>;

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
