/**
 * What else the citizen did with the one-stop shop, beside their dossiers ("Hồ sơ của tôi"): appointments booked,
 * queue tickets taken, hotline calls and the messages sent to them — by their verified phone, newest first.
 */
import { Type, type Static } from 'typebox';

const Instant = Type.String({ format: 'date-time' });
const LIMIT = 20;

export const CitizenActivity = Type.Object(
  {
    appointments: Type.Array(
      Type.Object({
        code: Type.String({ description: 'The booking code' }),
        procedure: Type.Object({ code: Type.String(), name: Type.String() }),
        unitName: Type.String(),
        date: Type.String({ description: 'YYYY-MM-DD, the unit’s local date' }),
        start: Type.String({ description: 'HH:MM' }),
        end: Type.String({ description: 'HH:MM' }),
        status: Type.Union([Type.Literal('booked'), Type.Literal('cancelled'), Type.Literal('arrived')]),
        statusLabel: Type.String(),
      }),
      { maxItems: LIMIT },
    ),
    tickets: Type.Array(
      Type.Object({
        number: Type.String(),
        unitName: Type.String(),
        issuedAt: Instant,
        statusLabel: Type.String(),
      }),
      { maxItems: LIMIT },
    ),
    calls: Type.Array(
      Type.Object({
        reference: Type.String({ description: 'The call’s reference, read over the phone' }),
        unitName: Type.String(),
        startedAt: Instant,
        answered: Type.Boolean(),
        outcomeLabel: Type.Union([Type.String(), Type.Null()]),
      }),
      { maxItems: LIMIT },
    ),
    messages: Type.Array(
      Type.Object({
        channel: Type.Union([Type.Literal('sms'), Type.Literal('email'), Type.Literal('zalo')]),
        body: Type.String(),
        createdAt: Instant,
        sent: Type.Boolean({ description: 'Handed to the provider (false while held or failing)' }),
      }),
      { maxItems: LIMIT, description: 'One-time codes are left out' },
    ),
  },
  { additionalProperties: false },
);
export type CitizenActivity = Static<typeof CitizenActivity>;
export const ACTIVITY_LIMIT = LIMIT;
