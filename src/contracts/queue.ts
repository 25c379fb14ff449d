/**
 * Schemas of the queue endpoints: counters, tickets (kiosk, reception, officer actions), the public views.
 */
import { Type, type Static, type TSchema } from 'typebox';

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const FieldCode = Type.String({ minLength: 1, maxLength: 20, pattern: '^[A-Za-z0-9_]{1,20}$' });
const Uuid = Type.String({ format: 'uuid' });
const TicketStatus = Type.Union([
  Type.Literal('waiting'),
  Type.Literal('called'),
  Type.Literal('serving'),
  Type.Literal('done'),
  Type.Literal('no_show'),
]);

export const TicketParams = Type.Object({ id: Uuid });
export const CounterParams = Type.Object({ id: Uuid });

export const CounterInput = Type.Object(
  {
    number: Type.Integer({ minimum: 1, maximum: 999 }),
    label: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
    fieldCodes: Type.Array(FieldCode, { minItems: 1, maxItems: 40 }),
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type CounterInput = Static<typeof CounterInput>;

export const Counter = Type.Object({
  id: Type.String(),
  number: Type.Integer(),
  label: Nullable(Type.String()),
  fieldCodes: Type.Array(Type.String()),
  active: Type.Boolean(),
  officer: Nullable(Type.Object({ id: Type.String(), fullName: Type.String() })),
});
export type Counter = Static<typeof Counter>;
export const Counters = Type.Array(Counter);

export const IssueInput = Type.Object(
  {
    fieldCode: FieldCode,
    phone: Type.Optional(Nullable(Type.String({ maxLength: 30 }))),
  },
  { additionalProperties: false },
);
export type IssueInput = Static<typeof IssueInput>;

export const ReceptionIssueInput = Type.Object(
  {
    fieldCode: FieldCode,
    phone: Type.Optional(Nullable(Type.String({ maxLength: 30 }))),
    priority: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

export const IssuedTicket = Type.Object({
  id: Type.String(),
  number: Type.String(),
  unitId: Type.String(),
  fieldCode: Type.String(),
  fieldName: Type.String(),
  day: Type.String(),
  seq: Type.Integer(),
  priority: Type.Boolean(),
  source: Type.String(),
  issuedAt: Type.String(),
});
export type IssuedTicket = Static<typeof IssuedTicket>;

export const PublicTicket = Type.Object({
  id: Type.String(),
  number: Type.String(),
  unit: Type.Object({ agencyId: Type.String(), name: Type.String() }),
  field: Type.Object({ code: Type.String(), name: Type.String() }),
  day: Type.String(),
  issuedAt: Type.String(),
  priority: Type.Boolean(),
  status: TicketStatus,
  statusLabel: Type.String(),
  counterNumber: Nullable(Type.Integer()),
  ahead: Nullable(Type.Integer()),
  waitMinutes: Nullable(Type.Integer()),
});
export type PublicTicket = Static<typeof PublicTicket>;

const FieldSummary = Type.Object({
  code: Type.String(),
  name: Type.String(),
  waiting: Type.Integer(),
  next: Type.Array(Type.String()),
  waitMinutes: Type.Integer(),
});
const UnitRef = Type.Object({ agencyId: Type.String(), name: Type.String() });

export const KioskView = Type.Object({ unit: UnitRef, fields: Type.Array(FieldSummary) });
export type KioskView = Static<typeof KioskView>;

export const DisplaySnapshot = Type.Object({
  unit: UnitRef,
  at: Type.String(),
  counters: Type.Array(
    Type.Object({
      number: Type.Integer(),
      label: Nullable(Type.String()),
      staffed: Type.Boolean(),
      fieldCodes: Type.Array(Type.String()),
      ticket: Nullable(Type.Object({ number: Type.String(), status: TicketStatus })),
    }),
  ),
  fields: Type.Array(FieldSummary),
});
export type DisplaySnapshot = Static<typeof DisplaySnapshot>;

/** The lobby display's `call` event (GET /api/public/queue/{agencyId}/events): what it announces. */
export const CallEvent = Type.Object({
  ticketId: Type.String(),
  number: Type.String(),
  counterNumber: Type.Integer(),
  fieldCode: Type.String(),
});
export type CallEvent = Static<typeof CallEvent>;

export const TransferInput = Type.Object({ fieldCode: FieldCode }, { additionalProperties: false });
export const FinishInput = Type.Object(
  { dossierCode: Type.Optional(Nullable(Type.String({ maxLength: 60 }))) },
  { additionalProperties: false },
);
export const ActionParams = Type.Object({
  id: Uuid,
  action: Type.Union([Type.Literal('recall'), Type.Literal('no-show'), Type.Literal('serve')]),
});

export const ConsoleTicket = Type.Object({
  id: Type.String(),
  number: Type.String(),
  fieldCode: Type.String(),
  fieldName: Type.String(),
  status: TicketStatus,
  priority: Type.Boolean(),
  callCount: Type.Integer(),
  dossierCode: Nullable(Type.String()),
});

export const ConsoleView = Type.Object({
  unit: Nullable(UnitRef),
  counters: Counters,
  counter: Nullable(Counter),
  current: Nullable(ConsoleTicket),
  fields: Type.Array(FieldSummary),
});
export type ConsoleView = Static<typeof ConsoleView>;

export const Ok = Type.Object({ ok: Type.Boolean() });

const DateText = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });
export const StatsQuery = Type.Object({ from: DateText, to: DateText });
const Minutes = Nullable(Type.Number({ description: 'minutes' }));
const Summary = {
  tickets: Type.Integer(),
  served: Type.Integer(),
  noShows: Type.Integer(),
  waitP50: Minutes,
  waitP90: Minutes,
  serviceP50: Minutes,
  serviceP90: Minutes,
};
export const QueueStats = Type.Object({
  unit: UnitRef,
  from: Type.String(),
  to: Type.String(),
  total: Type.Object(Summary),
  byField: Type.Array(Type.Object({ fieldCode: Type.String(), fieldName: Type.String(), ...Summary })),
  byDay: Type.Array(Type.Object({ day: Type.String(), ...Summary })),
  byCounter: Type.Array(Type.Object({ counterNumber: Type.Integer(), ...Summary })),
});
export type QueueStats = Static<typeof QueueStats>;
