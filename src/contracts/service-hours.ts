/**
 * Schemas of the service-hours endpoints: a unit's own document (every key optional: inherited when absent), the
 * admin view and the public answer. The shape is checked here; times, overlaps and dates in the domain.
 */
import { Type, type Static, type TSchema } from 'typebox';

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const Clock = Type.String({ pattern: '^\\d{2}:\\d{2}$', description: 'HH:MM' });
const Session = Type.Tuple([Clock, Clock], { description: '["HH:MM","HH:MM"]' });
const Sessions = Type.Array(Session, { maxItems: 12 });
const Weekdays = Type.Array(Type.Integer({ minimum: 1, maximum: 7 }), {
  maxItems: 7,
  description: 'ISO weekdays: 1 = Monday … 7 = Sunday',
});
const FieldCode = Type.String({ pattern: '^[A-Z0-9_]{1,16}$' });
const Fields = Type.Array(FieldCode, { minItems: 1, maxItems: 40 });
const DateText = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });
const MonthDay = Type.String({ pattern: '^\\d{2}-\\d{2}$', description: 'MM-DD' });
const Label = Type.String({ minLength: 1, maxLength: 200 });

const Weekly = Type.Array(
  Type.Object({ days: Weekdays, sessions: Sessions }, { additionalProperties: false }),
  { maxItems: 7 },
);

export const ServiceHoursDocument = Type.Object(
  {
    weekly: Type.Optional(Weekly),
    seasons: Type.Optional(
      Type.Array(
        Type.Object(
          {
            name: Type.String({ minLength: 1, maxLength: 40 }),
            from: MonthDay,
            to: MonthDay,
            weekly: Weekly,
          },
          { additionalProperties: false },
        ),
        { maxItems: 12 },
      ),
    ),
    extras: Type.Optional(
      Type.Array(
        Type.Object(
          {
            fields: Fields,
            days: Weekdays,
            season: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
            sessions: Sessions,
            label: Type.Optional(Label),
          },
          { additionalProperties: false },
        ),
        { maxItems: 100 },
      ),
    ),
    specials: Type.Optional(
      Type.Array(
        Type.Object(
          { date: DateText, fields: Type.Optional(Fields), sessions: Sessions, label: Type.Optional(Label) },
          { additionalProperties: false },
        ),
        { maxItems: 500 },
      ),
    ),
    closures: Type.Optional(
      Type.Array(
        Type.Object(
          {
            date: DateText,
            from: Type.Optional(Clock),
            to: Type.Optional(Clock),
            fields: Type.Optional(Fields),
            reason: Type.Optional(Label),
          },
          { additionalProperties: false },
        ),
        { maxItems: 500 },
      ),
    ),
  },
  {
    additionalProperties: false,
    description:
      "A unit's own hours. weekly and seasons left out are inherited from the unit above; closures add to those above; extras and specials are the unit's own",
  },
);
export type ServiceHoursDocumentBody = Static<typeof ServiceHoursDocument>;

const UnitRef = Type.Object({ agencyId: Type.String(), name: Type.String() });
const From = Type.Object({
  weekly: Nullable(UnitRef),
  seasons: Nullable(UnitRef),
  extras: Nullable(UnitRef),
  specials: Nullable(UnitRef),
  closures: Nullable(UnitRef),
});
const Rules = Type.Required(ServiceHoursDocument);

export const ServiceHoursVersionBody = Type.Object(
  {
    effectiveFrom: Type.Optional(
      Type.String({ ...DateText, description: 'YYYY-MM-DD, today or later (default: today)' }),
    ),
    document: ServiceHoursDocument,
  },
  { additionalProperties: false },
);

export const VersionParams = Type.Object({
  agencyId: Type.String({ minLength: 1, maxLength: 40 }),
  effectiveFrom: DateText,
});

export const AdminServiceHours = Type.Object({
  unit: UnitRef,
  parent: Nullable(UnitRef),
  today: Type.String({ description: "YYYY-MM-DD in the unit's zone" }),
  versions: Type.Array(
    Type.Object({
      effectiveFrom: Type.String(),
      document: ServiceHoursDocument,
      status: Type.Union([Type.Literal('past'), Type.Literal('current'), Type.Literal('planned')]),
      createdAt: Type.String(),
      createdBy: Nullable(Type.String()),
    }),
    { description: "The unit's own versions, newest first" },
  ),
  inherited: Rules,
  effective: Rules,
  from: From,
  fields: Type.Array(Type.Object({ code: Type.String(), name: Type.String() })),
  manageable: Type.Boolean(),
});
export type AdminServiceHours = Static<typeof AdminServiceHours>;

export const PublicServiceHoursQuery = Type.Object(
  {
    field: Type.Optional(
      Type.String({ pattern: '^[A-Za-z0-9_]{1,16}$', description: 'A field code, e.g. HT' }),
    ),
    at: Type.Optional(
      Type.String({
        minLength: 10,
        maxLength: 40,
        description: 'ISO instant (default: now), e.g. 2026-12-07T17:00:00+07:00',
      }),
    ),
  },
  { additionalProperties: false },
);
export type PublicServiceHoursQuery = Static<typeof PublicServiceHoursQuery>;

const Closure = Type.Object({
  date: Type.String(),
  weekday: Type.Integer(),
  from: Nullable(Type.String()),
  to: Nullable(Type.String()),
  fields: Nullable(Type.Array(Type.String())),
  reason: Nullable(Type.String()),
  holiday: Type.Boolean(),
});
const Kind = Type.Union([Type.Literal('regular'), Type.Literal('extra'), Type.Literal('special')]);

export const PublicServiceHours = Type.Object({
  unit: UnitRef,
  timezone: Type.String(),
  at: Type.String(),
  today: Type.String(),
  fields: Type.Array(
    Type.Object({
      code: Nullable(Type.String()),
      name: Type.String(),
      openNow: Type.Boolean(),
      next: Nullable(
        Type.Object({
          date: Type.String(),
          weekday: Type.Integer(),
          start: Type.String(),
          end: Type.String(),
          at: Type.String(),
          until: Type.String(),
        }),
      ),
    }),
  ),
  week: Type.Array(
    Type.Object({
      date: Type.String(),
      weekday: Type.Integer(),
      openings: Type.Array(
        Type.Object({
          fields: Nullable(Type.Array(Type.String())),
          start: Type.String(),
          end: Type.String(),
          kind: Kind,
          label: Nullable(Type.String()),
        }),
      ),
      closures: Type.Array(Closure),
    }),
  ),
  specials: Type.Array(
    Type.Object({
      date: Type.String(),
      weekday: Type.Integer(),
      fields: Nullable(Type.Array(Type.String())),
      start: Type.String(),
      end: Type.String(),
      label: Nullable(Type.String()),
    }),
  ),
  closures: Type.Array(Closure),
  regular: Type.Object(
    {
      season: Nullable(Type.String()),
      weekly: Type.Array(Type.Object({ days: Type.Array(Type.Integer()), sessions: Type.Array(Session) })),
    },
    { description: "The regular weekly sessions in force today (the season's when one applies)" },
  ),
  effectiveFrom: Nullable(
    Type.String({ description: 'The first date of the hours in force today; null when none are set' }),
  ),
  nextChange: Nullable(Type.String({ description: 'The next date a planned change takes effect' })),
});
export type PublicServiceHours = Static<typeof PublicServiceHours>;
