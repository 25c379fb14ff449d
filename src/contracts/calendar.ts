/**
 * Schemas of the calendar endpoints, in and out: the due-date computation, the month view, a unit's calendar
 * settings and the yearly holiday decisions.
 */
import { Type, type Static, type TSchema } from 'typebox';

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const Uuid = Type.String({ format: 'uuid' });
const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });
const Clock = Type.String({ pattern: '^\\d{2}:\\d{2}$', description: 'HH:MM' });
const Session = Type.Tuple([Clock, Clock], { description: '["HH:MM","HH:MM"], start and end' });
const Sessions = Type.Array(Session, { minItems: 1, maxItems: 12 });
const Season = Type.Object(
  {
    from: Type.String({ pattern: '^\\d{2}-\\d{2}$', description: 'MM-DD, inclusive' }),
    to: Type.String({
      pattern: '^\\d{2}-\\d{2}$',
      description: 'MM-DD, inclusive; may wrap over the new year',
    }),
    sessions: Sessions,
  },
  { additionalProperties: false },
);
const Workweek = Type.Array(Type.Integer({ minimum: 1, maximum: 7 }), {
  maxItems: 7,
  description: 'ISO weekdays: 1 = Monday … 7 = Sunday',
});
const DayNote = Type.Object(
  { date: IsoDate, reason: Nullable(Type.String({ maxLength: 200 })) },
  { additionalProperties: false },
);
const DayNotes = Type.Array(DayNote, { maxItems: 400 });
const DeadlineUnit = Type.Union([
  Type.Literal('working_days'),
  Type.Literal('working_hours'),
  Type.Literal('calendar_days'),
  Type.Literal('same_day'),
]);

export const DueBody = Type.Object(
  {
    unit: Type.String({
      minLength: 1,
      maxLength: 20,
      description: 'Agency id of the unit, e.g. 000.00.00.H56',
    }),
    received: Type.String({
      minLength: 1,
      maxLength: 40,
      description: "ISO 8601; without an offset, wall time in the unit's time zone",
    }),
    workingDays: Type.Optional(Type.Number({ minimum: 0, maximum: 3650 })),
    workingHours: Type.Optional(Type.Number({ minimum: 0, maximum: 87600 })),
    days: Type.Optional(Type.Integer({ minimum: 0, maximum: 3650, description: 'Calendar days' })),
    sameDay: Type.Optional(Type.Boolean()),
    cutoff: Type.Optional(Type.String({ maxLength: 5, description: 'HH:MM, with sameDay (default 15:00)' })),
  },
  {
    additionalProperties: false,
    description: 'Exactly one of workingDays, workingHours, days, sameDay: true.',
  },
);
export type DueBody = Static<typeof DueBody>;

export const DueAnswer = Type.Object({
  due: Type.String({ description: 'ISO 8601 with the offset of the unit time zone' }),
  received: Type.String(),
  timezone: Type.String(),
  unit: Type.Object({ agencyId: Type.String(), name: Type.String() }),
  limit: Type.Object({ unit: DeadlineUnit, value: Nullable(Type.Number()), cutoff: Nullable(Type.String()) }),
});

export const MonthParams = Type.Object({
  agencyId: Type.String({ minLength: 1, maxLength: 20 }),
  month: Type.String({ pattern: '^\\d{4}-\\d{2}$', description: 'YYYY-MM' }),
});

/** A date of the month view: whether it is a working day and why not, its lunar date, its sessions. */
export const MonthDay = Type.Object({
  date: Type.String(),
  weekday: Type.Integer({ minimum: 1, maximum: 7 }),
  kind: Type.Union([
    Type.Literal('working'),
    Type.Literal('weekly_rest'),
    Type.Literal('day_off'),
    Type.Literal('swapped_workday'),
  ]),
  working: Type.Boolean(),
  reason: Nullable(Type.String()),
  lunar: Type.Object({
    day: Type.Integer(),
    month: Type.Integer(),
    year: Type.Integer(),
    leap: Type.Boolean(),
    text: Type.String({ description: 'D/M/YYYY, D/M*/YYYY in a leap month' }),
  }),
  sessions: Type.Array(Type.Object({ start: Type.String(), end: Type.String() })),
  workingMinutes: Type.Number(),
});
export type MonthDay = Static<typeof MonthDay>;

export const MonthView = Type.Object({
  unit: Type.Object({ id: Uuid, agencyId: Type.String(), name: Type.String() }),
  month: Type.String(),
  timezone: Type.String(),
  hoursPerDay: Type.Number(),
  workweek: Type.Array(Type.Integer()),
  workingDays: Type.Integer(),
  workingHours: Type.Number(),
  days: Type.Array(MonthDay),
});
export type MonthView = Static<typeof MonthView>;

export const UnitParams = Type.Object({ unitId: Uuid });
export const HolidayParams = Type.Object({
  unitId: Uuid,
  year: Type.Integer({ minimum: 1900, maximum: 2100 }),
});

const Override = {
  timezone: Nullable(Type.String({ minLength: 1, maxLength: 64 })),
  workweek: Nullable(Workweek),
  sessions: Nullable(Sessions),
  seasons: Nullable(Type.Array(Season, { maxItems: 12 })),
  hoursPerDay: Nullable(Type.Number({ exclusiveMinimum: 0, maximum: 24 })),
  daysOff: DayNotes,
  workdays: DayNotes,
};

export const CalendarOverrideBody = Type.Object(
  { expectedVersion: Type.Integer({ minimum: 0 }), ...Override },
  { additionalProperties: false, description: 'null settings are inherited from the units above' },
);
export type CalendarOverrideBody = Static<typeof CalendarOverrideBody>;

const Definition = Type.Object({
  timezone: Type.String(),
  workweek: Type.Array(Type.Integer()),
  sessions: Type.Array(Type.Array(Type.String())),
  seasons: Type.Array(
    Type.Object({ from: Type.String(), to: Type.String(), sessions: Type.Array(Type.Array(Type.String())) }),
  ),
  daysOff: Type.Array(Type.String()),
  workdays: Type.Array(Type.String()),
  hoursPerDay: Type.Number(),
});

export const UnitCalendar = Type.Object({
  unit: Type.Object({ id: Uuid, agencyId: Type.String(), name: Type.String(), type: Type.String() }),
  version: Type.Integer({ description: '0 while the unit has no settings of its own' }),
  own: Type.Object(Override),
  inherited: Definition,
  effective: Definition,
  manageable: Type.Boolean(),
  updatedAt: Nullable(Type.String()),
});

export const PublishBody = Type.Object(
  {
    expectedVersion: Type.Integer({ minimum: 0, description: 'The latest version seen (0 when none)' }),
    requestKey: Type.Optional(
      Type.String({ format: 'uuid', description: 'Makes a retried publication safe' }),
    ),
    decisionNumber: Type.String({ minLength: 1, maxLength: 100 }),
    decisionDate: IsoDate,
    daysOff: DayNotes,
    workdays: DayNotes,
    note: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
  },
  { additionalProperties: false },
);
export type PublishBody = Static<typeof PublishBody>;

const DecisionSummary = {
  id: Uuid,
  unitId: Uuid,
  year: Type.Integer(),
  version: Type.Integer(),
  decisionNumber: Type.String(),
  decisionDate: Type.String(),
  publishedAt: Type.String(),
  publishedBy: Type.Object({ id: Uuid, name: Type.String() }),
};
export const HolidayDecision = Type.Object({
  ...DecisionSummary,
  daysOff: Type.Array(Type.Object({ date: Type.String(), reason: Nullable(Type.String()) })),
  workdays: Type.Array(Type.Object({ date: Type.String(), reason: Nullable(Type.String()) })),
  note: Nullable(Type.String()),
});
export type HolidayDecision = Static<typeof HolidayDecision>;

export const HolidayYear = Type.Object({
  unit: Type.Object({ id: Uuid, agencyId: Type.String(), name: Type.String() }),
  year: Type.Integer(),
  publishable: Type.Boolean(),
  current: Nullable(HolidayDecision),
  versions: Type.Array(Type.Object(DecisionSummary)),
  suggestions: Type.Array(
    Type.Object({
      date: Type.String(),
      kind: Type.Union([Type.Literal('holiday'), Type.Literal('compensatory')]),
      reason: Type.String(),
    }),
  ),
});
export type HolidayYear = Static<typeof HolidayYear>;

export const PublishAnswer = Type.Object({ decision: HolidayDecision, replayed: Type.Boolean() });
export type PublishAnswer = Static<typeof PublishAnswer>;
