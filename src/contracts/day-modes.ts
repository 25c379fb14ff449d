/**
 * Schemas of the day-mode endpoints (a unit's same-day and no-writing weekdays) and of the end-of-day list.
 */
import { Type, type Static, type TSchema } from 'typebox';
import { StatusName, RiskName } from './dossier.js';

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const Weekdays = Type.Array(Type.Integer({ minimum: 1, maximum: 7 }), {
  maxItems: 7,
  description: 'ISO weekdays: 1 = Monday … 7 = Sunday',
});
const UnitRef = Type.Object({ agencyId: Type.String(), name: Type.String() });

const Today = Type.Object({
  date: Type.String(),
  weekday: Type.Integer(),
  sameDay: Type.Boolean(),
  noWriting: Type.Boolean(),
});

const ProcedureRef = Type.Object({ code: Type.String(), name: Type.String() });

export const PublicDayModes = Type.Object({
  unit: UnitRef,
  sameDay: Type.Array(Type.Integer()),
  noWriting: Type.Array(Type.Integer()),
  sameDayProcedures: Type.Array(ProcedureRef, {
    description:
      'Eligible on the same-day weekdays besides the procedures same-day by law (marked here or above)',
  }),
  today: Today,
});

const ModeView = Type.Object({
  own: Nullable(Type.Array(Type.Integer())),
  effective: Type.Array(Type.Integer()),
  from: Nullable(UnitRef),
});

export const AdminDayModes = Type.Object({
  unit: UnitRef,
  sameDay: ModeView,
  noWriting: ModeView,
  manageable: Type.Boolean(),
});

export const DayModesBody = Type.Object(
  {
    sameDay: Nullable(Weekdays),
    noWriting: Nullable(Weekdays),
  },
  { additionalProperties: false, description: 'null: inherit from the parent unit; []: no such day here' },
);
export type DayModesBody = Static<typeof DayModesBody>;

const SameDayProcedure = Type.Object({
  code: Type.String(),
  name: Type.String(),
  field: Type.Object({ code: Type.String(), name: Type.String() }),
});

export const AdminSameDayProcedures = Type.Object({
  unit: UnitRef,
  weekdays: Type.Array(Type.Integer(), { description: "The unit's no-appointment weekdays in effect" }),
  legal: Type.Array(SameDayProcedure, { description: 'Same-day by law and performed here: always eligible' }),
  own: Type.Array(SameDayProcedure, { description: 'Marked by this unit' }),
  inherited: Type.Array(Type.Intersect([SameDayProcedure, Type.Object({ from: UnitRef })]), {
    description: 'Marked by a unit above',
  }),
  manageable: Type.Boolean(),
});

export const SameDayProceduresBody = Type.Object(
  {
    procedures: Type.Array(Type.String({ minLength: 1, maxLength: 40 }), {
      maxItems: 500,
      description: "Codes of the procedures this unit marks (replaces the unit's own list)",
    }),
  },
  { additionalProperties: false },
);
export type SameDayProceduresBody = Static<typeof SameDayProceduresBody>;

export const EndOfDayQuery = Type.Object(
  {
    unit: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
    date: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' })),
  },
  { additionalProperties: false },
);
export type EndOfDayQuery = Static<typeof EndOfDayQuery>;

const Instant = Type.String({ format: 'date-time' });
export const EndOfDayList = Type.Object({
  unit: UnitRef,
  date: Type.String(),
  counts: Type.Object({ sameDay: Type.Integer(), dueToday: Type.Integer(), total: Type.Integer() }),
  items: Type.Array(
    Type.Object({
      code: Type.String(),
      status: StatusName,
      statusLabel: Type.String(),
      procedure: Type.Object({ code: Type.String(), name: Type.String() }),
      applicant: Type.Object({ name: Type.String() }),
      handlingUnit: UnitRef,
      receivedAt: Nullable(Instant),
      dueAt: Nullable(Instant),
      risk: RiskName,
      sameDay: Type.Boolean(),
    }),
  ),
});
