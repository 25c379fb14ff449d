/**
 * Schemas of the desk's "online, to accept" list (GET /api/desk/online-intake): the dossiers submitted online to the
 * officer's units and not yet accepted, oldest first, each with the working time left to accept or answer it
 * (src/domain/dossier/online-intake.ts).
 */
import { Type, type Static } from 'typebox';

const Instant = Type.String({ format: 'date-time' });

export const OnlineIntakeItem = Type.Object(
  {
    code: Type.String(),
    version: Type.Integer({ description: 'The dossier version an action must name (expectedVersion)' }),
    procedure: Type.Object({ code: Type.String(), name: Type.String() }, { additionalProperties: false }),
    caseName: Type.Union([Type.String(), Type.Null()]),
    applicant: Type.Object({ name: Type.String() }, { additionalProperties: false }),
    unit: Type.Object({ agencyId: Type.String(), name: Type.String() }, { additionalProperties: false }),
    submittedAt: Instant,
    acceptBy: Type.String({
      format: 'date-time',
      description: 'When it must be accepted or answered: the submission plus the working hours to accept',
    }),
    minutesLeft: Type.Integer({ description: 'Working minutes left; negative: working minutes late' }),
    late: Type.Boolean(),
  },
  { additionalProperties: false },
);
export type OnlineIntakeItem = Static<typeof OnlineIntakeItem>;

export const OnlineIntakeList = Type.Object(
  {
    items: Type.Array(OnlineIntakeItem),
    total: Type.Integer(),
    late: Type.Integer({ description: 'How many of them are late' }),
    acceptHours: Type.Integer({ description: 'Working hours to accept (ONLINE_ACCEPT_HOURS)' }),
    now: Instant,
  },
  { additionalProperties: false },
);
export type OnlineIntakeList = Static<typeof OnlineIntakeList>;
